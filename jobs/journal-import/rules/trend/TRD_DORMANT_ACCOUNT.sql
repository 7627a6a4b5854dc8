-- TRD_DORMANT_ACCOUNT: Account dormant last year (前年未使用科目の使用). Flags postings to accounts that had no activity in the prior fiscal year although that year is in the ledger; revived accounts can hide unusual flows.
WITH prior_years AS (SELECT DISTINCT fiscal_year + 1 AS fiscal_year FROM journal_entries
                     WHERE fiscal_year + 1 IN (SELECT fiscal_year FROM rule_fiscal_years)),
prior_accounts AS (SELECT DISTINCT fiscal_year + 1 AS fiscal_year, gl_account_number FROM journal_entries
                   WHERE fiscal_year + 1 IN (SELECT fiscal_year FROM rule_fiscal_years))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'account ' || l.gl_account_number || ' had no postings in fiscal year ' || (l.fiscal_year - 1) AS message
FROM rule_entries l JOIN prior_years USING (fiscal_year)
WHERE NOT EXISTS (SELECT 1 FROM prior_accounts p WHERE p.fiscal_year = l.fiscal_year AND p.gl_account_number = l.gl_account_number)
