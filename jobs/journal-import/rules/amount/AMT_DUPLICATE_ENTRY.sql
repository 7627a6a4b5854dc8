-- AMT_DUPLICATE_ENTRY: Duplicate entry (重複仕訳). Flags a line repeating an earlier journal's account, amount, side and date; duplicates pay or book the same thing twice.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'same account ' || l.gl_account_number || ', amount ' || l.amount || ' and date ' || l.effective_date || ' as journal ' || l.first_journal AS message
FROM (SELECT *, first_value(journal_id) OVER (PARTITION BY fiscal_year, gl_account_number, amount, effective_date, debit_credit_indicator
                                              ORDER BY posted_date, entry_time, journal_id) AS first_journal
      FROM rule_lines WHERE amount >= ${min_amount}) l
WHERE l.journal_id <> l.first_journal
