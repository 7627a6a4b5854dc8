-- agg_account_activity: each account's activity over a fiscal year, with its chart-of-accounts classification
-- (dormant, unusual and unknown account review). Rolled up from agg_by_period_account (refreshed before it).
-- One row per (fiscal_year, business_unit_code, gl_account_number) with at least one line ('*' totals all units).
--   account_name, account_type, account_class  from the chart of accounts (NULL when the account is not in it)
--   account_known               false when the chart of accounts lacks the account (NULL when no chart is loaded)
--   entry_count                 journal lines
--   active_period_count         accounting periods with postings
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts; net_amount = debit_total - credit_total
--   avg_amount, max_amount      mean and largest line amount
--   first_date, last_date       earliest and latest effective_date
--   weekend_count               lines entered on a Saturday or Sunday (entry_date, else effective_date)
--   manual_count                lines whose source starts with 'manual' (any case)
INSERT INTO agg_account_activity (fiscal_year, business_unit_code, gl_account_number, account_name, account_type, account_class,
    account_known, entry_count, active_period_count, debit_total, credit_total, net_amount, avg_amount, max_amount,
    first_date, last_date, weekend_count, manual_count)
SELECT p.fiscal_year, p.business_unit_code, p.gl_account_number, a.account_name, a.account_type, a.account_class,
       CASE WHEN a.account_code IS NOT NULL THEN true WHEN (SELECT count(*) FROM accounts) > 0 THEN false END,
       p.entry_count, p.active_period_count, p.debit_total, p.credit_total, p.debit_total - p.credit_total,
       round((p.debit_total + p.credit_total) / p.entry_count, 2), p.max_amount, p.first_date, p.last_date,
       p.weekend_count, p.manual_count
FROM (
    SELECT fiscal_year, business_unit_code, gl_account_number,
           sum(entry_count) AS entry_count,
           count(*) AS active_period_count,
           sum(debit_total) AS debit_total,
           sum(credit_total) AS credit_total,
           max(max_amount) AS max_amount,
           min(first_date) AS first_date,
           max(last_date) AS last_date,
           sum(weekend_count) AS weekend_count,
           sum(manual_count) AS manual_count
    FROM agg_by_period_account
    WHERE list_contains(getvariable('fiscal_years'), fiscal_year)
    GROUP BY fiscal_year, business_unit_code, gl_account_number
) p
LEFT JOIN accounts a ON a.account_code = p.gl_account_number;
