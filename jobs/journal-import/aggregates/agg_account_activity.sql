-- agg_account_activity: each account's activity over a fiscal year, with its chart-of-accounts classification
-- (dormant, unusual and unknown account review).
-- One row per (fiscal_year, gl_account_number) with at least one line.
--   account_name, account_type, account_class  from the chart of accounts (NULL when the account is not in it)
--   account_known               false when a chart of accounts is loaded and lacks the account (any line says so)
--   entry_count, journal_count, user_count  lines, distinct journal_id, distinct prepared_by
--   active_period_count, active_day_count   distinct accounting periods and effective dates with postings
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts; net_amount = debit_total - credit_total
--   avg_amount, max_amount      mean and largest line amount
--   first_date, last_date       earliest and latest effective_date
--   weekend_count               lines entered on a Saturday or Sunday (entry_date, else effective_date)
--   manual_count                lines whose source starts with 'manual' (any case)
INSERT INTO agg_account_activity (fiscal_year, gl_account_number, account_name, account_type, account_class,
    account_known, entry_count, journal_count, user_count, active_period_count, active_day_count, debit_total,
    credit_total, net_amount, avg_amount, max_amount, first_date, last_date, weekend_count, manual_count)
SELECT g.fiscal_year, g.gl_account_number, a.account_name, a.account_type, a.account_class, g.account_known,
       g.entry_count, g.journal_count, g.user_count, g.active_period_count, g.active_day_count, g.debit_total,
       g.credit_total, g.debit_total - g.credit_total, g.avg_amount, g.max_amount, g.first_date, g.last_date,
       g.weekend_count, g.manual_count
FROM (
    SELECT fiscal_year, gl_account_number,
           bool_and(account_known) AS account_known,
           count(*) AS entry_count,
           count(DISTINCT journal_id) AS journal_count,
           count(DISTINCT prepared_by) AS user_count,
           count(DISTINCT accounting_period) AS active_period_count,
           count(DISTINCT effective_date) AS active_day_count,
           coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), 0) AS debit_total,
           coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'C'), 0) AS credit_total,
           round(avg(amount), 2) AS avg_amount,
           max(amount) AS max_amount,
           min(effective_date) AS first_date,
           max(effective_date) AS last_date,
           count(*) FILTER (WHERE isodow(coalesce(entry_date, effective_date)) >= 6) AS weekend_count,
           count(*) FILTER (WHERE lower(source) LIKE 'manual%') AS manual_count
    FROM journal_entries
    WHERE fiscal_year IN (${fiscal_years})
    GROUP BY fiscal_year, gl_account_number
) g
LEFT JOIN accounts a ON a.account_code = g.gl_account_number;
