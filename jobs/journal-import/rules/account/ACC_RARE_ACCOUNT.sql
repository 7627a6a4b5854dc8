-- ACC_RARE_ACCOUNT: Rarely used account (稀にしか使われない勘定科目). Flags postings to accounts used in only a handful of journals in a busy year (learned from the ledger's own frequencies); rare accounts are where unusual transactions hide.
WITH usage AS (
  SELECT fiscal_year, gl_account_number, count(DISTINCT (journal_id, business_unit_code)) AS journals FROM rule_entries GROUP BY ALL),
busy AS (SELECT fiscal_year FROM rule_journals GROUP BY fiscal_year HAVING count(*) >= ${min_ledger_journals})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'account ' || l.gl_account_number || ' used in only ' || u.journals || ' journals this year' AS message
FROM rule_entries l JOIN usage u USING (fiscal_year, gl_account_number) JOIN busy USING (fiscal_year)
WHERE u.journals <= ${max_journals}
