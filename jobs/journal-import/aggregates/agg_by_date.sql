-- agg_by_date: daily posting activity by effective date, for calendars and period-end cut-off review.
-- One row per (fiscal_year, business_unit_code, accounting_period, effective_date) that has at least one journal line;
-- business_unit_code '*' totals all units (see refresh_inputs.sql).
--   weekday                     ISO day of week of effective_date (1 = Monday ... 7 = Sunday); is_weekend for 6 and 7
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts
--   entry_count                 journal lines; journal_count distinct journals (business unit and journal_id)
--   max_amount                  the largest single line amount of the day
INSERT INTO agg_by_date (fiscal_year, business_unit_code, accounting_period, effective_date, weekday, is_weekend, debit_total, credit_total,
    entry_count, journal_count, max_amount)
SELECT fiscal_year, business_unit_code, accounting_period, effective_date,
       isodow(effective_date), isodow(effective_date) >= 6,
       coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), 0),
       coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'C'), 0),
       count(*), count(DISTINCT (line_unit, journal_id)), max(amount)
FROM scoped_entries
GROUP BY fiscal_year, business_unit_code, accounting_period, effective_date;
