-- TRD_DORMANT_ACCOUNT: Account dormant last year (前年未使用科目の使用). Flags postings to accounts that had no activity in the prior fiscal year although the ledger holds most of that year; revived accounts can hide unusual flows.
-- A prior year counts only when the ledger holds most of it (postings in at least min_prior_months months): against a
-- stub of a few days every account looks dormant.
WITH prior_years AS (SELECT fiscal_year + 1 AS fiscal_year FROM journal_entries
                     WHERE fiscal_year + 1 IN (SELECT fiscal_year FROM rule_fiscal_years)
                     AND (getvariable('run_all_units') OR coalesce(business_unit_code, '') = getvariable('run_business_unit'))
                     GROUP BY fiscal_year
                     HAVING count(DISTINCT date_trunc('month', effective_date)) >= ${min_prior_months}),
prior_accounts AS (SELECT DISTINCT fiscal_year + 1 AS fiscal_year, gl_account_number FROM journal_entries
                   WHERE fiscal_year + 1 IN (SELECT fiscal_year FROM rule_fiscal_years)
                     AND (getvariable('run_all_units') OR coalesce(business_unit_code, '') = getvariable('run_business_unit')))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'account ' || l.gl_account_number || ' had no postings in fiscal year ' || (l.fiscal_year - 1) AS message
FROM rule_entries l JOIN prior_years USING (fiscal_year)
WHERE NOT EXISTS (SELECT 1 FROM prior_accounts p WHERE p.fiscal_year = l.fiscal_year AND p.gl_account_number = l.gl_account_number)
