-- agg_by_period_account: the trial-balance movement of each account in each accounting period.
-- One row per (fiscal_year, business_unit_code, accounting_period, gl_account_number) that has at least one journal
-- line; business_unit_code '*' totals all units (see refresh_inputs.sql).
--   journal_count               distinct journals (business unit and journal_id)
--   account_name, account_type  from the chart of accounts (NULL when the account is not in it)
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts; net_amount = debit_total - credit_total
--   entry_count                 journal lines; debit_count / credit_count split them by side
--   max_amount                  the largest single line amount
--   weekend_count               lines entered on a Saturday or Sunday (entry_date, else effective_date)
--   manual_count                lines whose source starts with 'manual' (any case)
--   first_date, last_date       earliest and latest effective_date
-- Reconciles to journal_entries: per fiscal year and unit (and over all units), the sums of debit_total and
-- credit_total equal the journal's.
INSERT INTO agg_by_period_account (fiscal_year, business_unit_code, accounting_period, gl_account_number, account_name, account_type,
    debit_total, credit_total, net_amount, entry_count, journal_count, debit_count, credit_count, max_amount,
    weekend_count, manual_count, first_date, last_date)
SELECT j.fiscal_year, j.business_unit_code, j.accounting_period, j.gl_account_number, a.account_name, a.account_type,
       j.debit_total, j.credit_total, j.debit_total - j.credit_total, j.entry_count, j.journal_count,
       j.debit_count, j.credit_count, j.max_amount, j.weekend_count, j.manual_count, j.first_date, j.last_date
FROM (
    SELECT fiscal_year, business_unit_code, accounting_period, gl_account_number,
           coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), 0) AS debit_total,
           coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'C'), 0) AS credit_total,
           count(*) AS entry_count,
           count(DISTINCT (line_unit, journal_id)) AS journal_count,
           count(*) FILTER (WHERE debit_credit_indicator = 'D') AS debit_count,
           count(*) FILTER (WHERE debit_credit_indicator = 'C') AS credit_count,
           max(amount) AS max_amount,
           count(*) FILTER (WHERE isodow(coalesce(entry_date, effective_date)) >= 6) AS weekend_count,
           count(*) FILTER (WHERE lower(source) LIKE 'manual%') AS manual_count,
           min(effective_date) AS first_date,
           max(effective_date) AS last_date
    FROM scoped_entries
    GROUP BY fiscal_year, business_unit_code, accounting_period, gl_account_number
) j
LEFT JOIN accounts a ON a.account_code = j.gl_account_number;
