-- TRD_YOY_SWING: Year-over-year swing (前年比の大幅増加). Flags the large lines of accounts whose yearly total rose far above the prior year's; unexplained swings are analytical-review findings.
WITH cur AS (SELECT fiscal_year, gl_account_number, sum(amount) AS total FROM rule_entries GROUP BY ALL),
prior AS (SELECT fiscal_year + 1 AS fiscal_year, gl_account_number, sum(amount) AS total FROM journal_entries
          WHERE fiscal_year + 1 IN (SELECT fiscal_year FROM rule_fiscal_years)
            AND (getvariable('run_all_units') OR coalesce(business_unit_code, '') = getvariable('run_business_unit'))
          GROUP BY ALL),
swing AS (SELECT c.fiscal_year, c.gl_account_number, c.total, p.total AS prior_total FROM cur c JOIN prior p USING (fiscal_year, gl_account_number)
          WHERE p.total > 0 AND c.total >= ${min_amount} AND (c.total - p.total) / p.total >= ${pct})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'account ' || l.gl_account_number || ' total ' || s.total || ' against ' || s.prior_total || ' the year before (+' || round(100 * (s.total - s.prior_total) / s.prior_total) || '%)' AS message
FROM rule_entries l JOIN swing s USING (fiscal_year, gl_account_number) WHERE l.amount >= ${min_share} * s.total
