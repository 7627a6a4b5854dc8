-- AMT_ACCOUNT_OUTLIER: Outlier amount within its account (勘定科目内の異常金額). Flags amounts far above what the account usually carries (median plus k robust deviations); a line out of scale with its account is worth explaining.
WITH s AS (
  SELECT fiscal_year, gl_account_number, debit_credit_indicator, median(amount) AS med,
         median(abs(amount - m)) AS mad, count(*) AS n
  FROM (SELECT fiscal_year, gl_account_number, debit_credit_indicator, amount,
               median(amount) OVER (PARTITION BY fiscal_year, gl_account_number, debit_credit_indicator) AS m
        FROM rule_lines)
  GROUP BY ALL HAVING count(*) >= ${min_lines})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' against account median ' || s.med || ' (robust deviation ' || round(1.4826 * s.mad, 2) || ')' AS message
FROM rule_lines l JOIN s USING (fiscal_year, gl_account_number, debit_credit_indicator)
WHERE s.mad > 0 AND l.amount > s.med + ${k} * 1.4826 * s.mad
