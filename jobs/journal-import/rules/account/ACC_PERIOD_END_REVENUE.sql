-- ACC_PERIOD_END_REVENUE: Large revenue at period-end (期末の多額売上計上). Flags revenue credits in the last days of the fiscal year that are several times the year's typical revenue line; cut-off manipulation books next year's sales now.
WITH typical AS (
  SELECT fiscal_year, median(amount) AS med FROM rule_lines
  WHERE account_class = 'revenue' AND debit_credit_indicator = 'C' AND fy_end - effective_date >= ${days} GROUP BY ALL)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'revenue ' || l.amount || ' on ' || l.effective_date || ', ' || round(l.amount / t.med, 1) || ' times the typical revenue line ' || t.med AS message
FROM rule_lines l JOIN typical t USING (fiscal_year)
WHERE l.account_class = 'revenue' AND l.debit_credit_indicator = 'C' AND l.fy_end - l.effective_date < ${days}
  AND l.effective_date <= l.fy_end AND l.amount >= ${min_amount} AND l.amount >= ${factor} * t.med
