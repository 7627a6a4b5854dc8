-- AMT_DUPLICATE_ENTRY: Duplicate entry (重複仕訳). Flags every journal of a group whose lines share account, amount, side and effective date with another journal's; duplicates pay or book the same thing twice, and both copies need to be seen to decide which one stands.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'same account ' || l.gl_account_number || ', amount ' || l.amount || ' and date ' || l.effective_date || ' as journal ' || CASE WHEN l.journal_id = l.first_journal THEN l.last_journal ELSE l.first_journal END AS message
FROM (SELECT *,
             min(journal_id) OVER w AS first_journal, max(journal_id) OVER w AS last_journal
      FROM rule_entries WHERE amount >= ${min_amount}
      WINDOW w AS (PARTITION BY fiscal_year, gl_account_number, amount, effective_date, debit_credit_indicator)) l
WHERE l.first_journal <> l.last_journal
