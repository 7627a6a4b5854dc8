-- AMT_ACCOUNT_OUTLIER: Outlier amount within its account (勘定科目内の異常金額). Flags amounts far above what the account usually carries, on a log scale (median plus k robust deviations of log10 amount, since ledger amounts span orders of magnitude); a line out of scale with its account is worth explaining.
WITH s AS (
  SELECT fiscal_year, gl_account_number, debit_credit_indicator, median(lg) AS med, mad(lg) AS mad, count(*) AS n
  FROM (SELECT fiscal_year, gl_account_number, debit_credit_indicator, log10(amount) AS lg FROM rule_entries WHERE amount > 0)
  GROUP BY ALL HAVING count(*) >= ${min_lines})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' is ' || round((log10(l.amount) - s.med) / (1.4826 * s.mad), 1) || ' robust deviations above the account''s typical amount ' || round(power(10, s.med)) || ' (log scale)' AS message
FROM rule_entries l JOIN s USING (fiscal_year, gl_account_number, debit_credit_indicator)
WHERE s.mad > 0 AND l.amount > 0 AND log10(l.amount) > s.med + ${k} * 1.4826 * s.mad
