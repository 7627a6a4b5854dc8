-- Per-line features of one ledger: a fiscal year (the session variable getvariable('ml_fiscal_year'), bound by MlScorer)
-- of one business unit (ml_business_unit, '' for lines without one) or of all (ml_all_units), as the temp view ml_features over small per-group statistics.
-- la is log10(amount + 1); robust z = (x - group median) / max(1.4826 * MAD, floor), 0 for groups under 5 lines;
-- floors: 0.05 for log amounts, 1 hour for entry hours, 2 days for entry lags.

CREATE OR REPLACE TEMP TABLE ml_account_stats AS
SELECT gl_account_number, count(*) AS lines, median(la) AS center, mad(la) AS mad
FROM (SELECT gl_account_number, log10(abs(amount::DOUBLE) + 1) AS la FROM journal_entries WHERE fiscal_year = getvariable('ml_fiscal_year')
      AND (getvariable('ml_all_units') OR coalesce(business_unit_code, '') = getvariable('ml_business_unit')))
GROUP BY gl_account_number;

-- per preparer: the same for the log amount, and median/MAD of the entry hour and of the entry lag in days
CREATE OR REPLACE TEMP TABLE ml_user_amount_stats AS
SELECT coalesce(prepared_by, '') AS user_id, count(*) AS lines, median(la) AS center, mad(la) AS mad
FROM (SELECT prepared_by, log10(abs(amount::DOUBLE) + 1) AS la FROM journal_entries WHERE fiscal_year = getvariable('ml_fiscal_year')
      AND (getvariable('ml_all_units') OR coalesce(business_unit_code, '') = getvariable('ml_business_unit')))
GROUP BY 1;

-- Entry hours and lags take few distinct values, so their medians are read off value counts instead of sorting every
-- line: exactly median() and mad() (the values at 0-based positions (n - 1) // 2 and n // 2, lo + (hi - lo) * 0.5).
CREATE OR REPLACE TEMP TABLE ml_user_time_counts AS
SELECT user_id, CASE WHEN grouping(lag) = 1 THEN 'hour' ELSE 'lag' END AS kind, coalesce(hour, lag) AS v, count(*) AS n
FROM (SELECT coalesce(prepared_by, '') AS user_id, (hour(entry_time) + minute(entry_time) / 60)::DOUBLE AS hour,
             date_diff('day', effective_date, coalesce(entry_date, effective_date))::DOUBLE AS lag
      FROM journal_entries WHERE fiscal_year = getvariable('ml_fiscal_year')
      AND (getvariable('ml_all_units') OR coalesce(business_unit_code, '') = getvariable('ml_business_unit')))
GROUP BY GROUPING SETS ((user_id, hour), (user_id, lag))
HAVING coalesce(hour, lag) IS NOT NULL;

-- The median of each (user_id, kind)'s values from their counts (v, n).
CREATE OR REPLACE TEMP MACRO ml_counted_median(counts) AS TABLE
WITH ranked AS (
    SELECT user_id, kind, v, sum(n) OVER (PARTITION BY user_id, kind ORDER BY v ROWS UNBOUNDED PRECEDING) AS upto,
           sum(n) OVER (PARTITION BY user_id, kind) AS total
    FROM query_table(counts)
), ends AS (
    SELECT user_id, kind, min(v) FILTER (WHERE upto > (total - 1) // 2) AS lo, min(v) FILTER (WHERE upto > total // 2) AS hi,
           any_value(total) % 2 = 1 AS odd
    FROM ranked GROUP BY ALL
)
SELECT user_id, kind, CASE WHEN odd THEN lo ELSE lo + (hi - lo) * 0.5 END AS median FROM ends;

CREATE OR REPLACE TEMP TABLE ml_user_time_centers AS
SELECT user_id, kind, median AS center FROM ml_counted_median(ml_user_time_counts);

CREATE OR REPLACE TEMP TABLE ml_user_time_stats AS
WITH deviation AS (
    SELECT user_id, kind, abs(c.v - m.center) AS v, c.n
    FROM ml_user_time_counts c JOIN ml_user_time_centers m USING (user_id, kind)
), mads AS (
    SELECT user_id, kind, median AS mad FROM ml_counted_median(deviation)
)
SELECT user_id,
       any_value(m.center) FILTER (WHERE kind = 'hour') AS hour_center, any_value(d.mad) FILTER (WHERE kind = 'hour') AS hour_mad,
       any_value(m.center) FILTER (WHERE kind = 'lag') AS lag_center, any_value(d.mad) FILTER (WHERE kind = 'lag') AS lag_mad
FROM ml_user_time_centers m JOIN mads d USING (user_id, kind)
GROUP BY user_id;

CREATE OR REPLACE TEMP TABLE ml_user_stats AS
SELECT a.*, t.hour_center, t.hour_mad, t.lag_center, t.lag_mad
FROM ml_user_amount_stats a LEFT JOIN ml_user_time_stats t USING (user_id);

CREATE OR REPLACE TEMP TABLE ml_user_account_counts AS
SELECT coalesce(prepared_by, '') AS user_id, gl_account_number, count(*) AS lines
FROM journal_entries WHERE fiscal_year = getvariable('ml_fiscal_year')
      AND (getvariable('ml_all_units') OR coalesce(business_unit_code, '') = getvariable('ml_business_unit'))
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE ml_journal_counts AS
SELECT journal_id, count(*) AS lines
FROM journal_entries WHERE fiscal_year = getvariable('ml_fiscal_year')
      AND (getvariable('ml_all_units') OR coalesce(business_unit_code, '') = getvariable('ml_business_unit'))
GROUP BY journal_id;

CREATE OR REPLACE TEMP VIEW ml_features AS
WITH line AS (
    SELECT rowid AS line_rowid, gl_detail_id, journal_id, fiscal_year, gl_account_number,
           coalesce(prepared_by, '') AS user_id, amount, effective_date, entry_date, entry_time,
           log10(abs(amount::DOUBLE) + 1) AS la
    FROM journal_entries WHERE fiscal_year = getvariable('ml_fiscal_year')
      AND (getvariable('ml_all_units') OR coalesce(business_unit_code, '') = getvariable('ml_business_unit'))
)
SELECT l.line_rowid, l.gl_detail_id, l.journal_id, l.fiscal_year, l.amount,
       l.la AS f_log_amount,
       CASE WHEN a.lines >= 5 THEN (l.la - a.center) / greatest(1.4826 * a.mad, 0.05) ELSE 0 END::DOUBLE AS f_account_z,
       CASE WHEN u.lines >= 5 THEN (l.la - u.center) / greatest(1.4826 * u.mad, 0.05) ELSE 0 END::DOUBLE AS f_user_z,
       CASE WHEN u.lines >= 5 THEN coalesce((hour(l.entry_time) + minute(l.entry_time) / 60 - u.hour_center)
            / greatest(1.4826 * u.hour_mad, 1), 0) ELSE 0 END::DOUBLE AS user_hour_z,
       CASE WHEN u.lines >= 5 THEN (date_diff('day', l.effective_date, coalesce(l.entry_date, l.effective_date))
            - u.lag_center) / greatest(1.4826 * u.lag_mad, 2) ELSE 0 END::DOUBLE AS user_lag_z,
       coalesce(hour(l.entry_time) + minute(l.entry_time) / 60, -1)::DOUBLE AS f_entry_hour,
       isodow(coalesce(l.entry_date, l.effective_date))::DOUBLE AS f_weekday,
       day(l.effective_date)::DOUBLE AS f_day_of_month,
       date_diff('day', l.effective_date, coalesce(l.entry_date, l.effective_date))::DOUBLE AS f_entry_lag_days,
       log10(a.lines)::DOUBLE AS f_account_frequency,
       log10(ua.lines)::DOUBLE AS f_user_account_frequency,
       (CASE WHEN l.amount = 0 OR l.amount % 1 <> 0 THEN 0
             WHEN l.amount % 1000000 = 0 THEN 6 WHEN l.amount % 100000 = 0 THEN 5 WHEN l.amount % 10000 = 0 THEN 4
             WHEN l.amount % 1000 = 0 THEN 3 WHEN l.amount % 100 = 0 THEN 2 WHEN l.amount % 10 = 0 THEN 1
             ELSE 0 END)::DOUBLE AS f_round_zeros,
       jc.lines::DOUBLE AS f_journal_lines
FROM line l
JOIN ml_account_stats a USING (gl_account_number)
JOIN ml_user_stats u USING (user_id)
JOIN ml_user_account_counts ua USING (user_id, gl_account_number)
JOIN ml_journal_counts jc USING (journal_id);
