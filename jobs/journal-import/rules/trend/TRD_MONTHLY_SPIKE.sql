-- TRD_MONTHLY_SPIKE: Monthly spike in an account (月次金額の急増). Flags the large lines of an account-month whose total is several times the account's median month; spikes point to one-off or misposted entries.
WITH m AS (SELECT fiscal_year, gl_account_number, date_trunc('month', effective_date) AS month, sum(amount) AS total
           FROM rule_entries GROUP BY ALL),
s AS (SELECT fiscal_year, gl_account_number, median(total) AS med, count(*) AS months FROM m GROUP BY ALL HAVING count(*) >= ${min_months}),
spikes AS (SELECT m.*, s.med FROM m JOIN s USING (fiscal_year, gl_account_number) WHERE m.total >= ${factor} * s.med)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'account ' || l.gl_account_number || ' totals ' || x.total || ' in ' || strftime(x.month, '%Y-%m') || ' against a median month of ' || x.med AS message
FROM rule_entries l JOIN spikes x ON x.fiscal_year = l.fiscal_year AND x.gl_account_number = l.gl_account_number
 AND x.month = date_trunc('month', l.effective_date)
WHERE l.amount >= ${min_share} * x.total
