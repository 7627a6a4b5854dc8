-- ACC_PERIOD_END_REVENUE: Large revenue at period-end (期末の多額売上計上). Flags revenue credits in the last days of the fiscal year above a floor amount and above the year's high percentile of revenue lines; cut-off manipulation books next year's sales now.
WITH typical AS (
  SELECT fiscal_year, quantile_cont(amount, ${percentile}) AS high FROM rule_lines
  WHERE account_class = 'revenue' AND debit_credit_indicator = 'C' AND fy_end - effective_date >= ${days} GROUP BY ALL)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'revenue ' || l.amount || ' on ' || l.effective_date || ', above the year''s ' || round(100 * ${percentile}) || 'th percentile revenue line ' || round(t.high) AS message
FROM rule_lines l JOIN typical t USING (fiscal_year)
WHERE l.account_class = 'revenue' AND l.debit_credit_indicator = 'C' AND l.fy_end - l.effective_date < ${days}
  AND l.effective_date <= l.fy_end AND l.amount >= ${min_amount} AND l.amount > t.high
