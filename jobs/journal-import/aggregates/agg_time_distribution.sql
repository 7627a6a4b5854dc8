-- agg_time_distribution: when entries are made, per fiscal year (weekend, month-end and after-hours posting review).
-- The day is the entry_date (effective_date when the line has none); the hour is that of entry_time (lines without
-- entry_time are left out of the 'hour' rows).
-- One row per (fiscal_year, business_unit_code, dimension, bucket) with at least one line ('*' totals all units):
--   dimension 'weekday'         bucket 1..7 = ISO day of week (1 Monday ... 7 Sunday), bucket_label 'Mon' ... 'Sun'
--   dimension 'day_of_month'    bucket 1..31, bucket_label the day number
--   dimension 'hour'            bucket 0..23, bucket_label '00:00' ... '23:00'
--   entry_count                 lines in the bucket
--   amount_total                sum of the line amounts
--   share_of_entries            entry_count / lines of the year and unit counted in the same dimension
INSERT INTO agg_time_distribution (fiscal_year, business_unit_code, dimension, bucket, bucket_label, entry_count, amount_total,
    share_of_entries)
WITH grouped AS (
    SELECT fiscal_year, business_unit_code,
           isodow(coalesce(entry_date, effective_date)) AS weekday,
           day(coalesce(entry_date, effective_date)) AS day_of_month,
           hour(entry_time) AS entry_hour,
           grouping(isodow(coalesce(entry_date, effective_date)), day(coalesce(entry_date, effective_date)),
                    hour(entry_time)) AS grouping_id,
           count(*) AS entry_count,
           sum(amount) AS amount_total
    FROM scoped_entries
    GROUP BY GROUPING SETS (
        (fiscal_year, business_unit_code, isodow(coalesce(entry_date, effective_date))),
        (fiscal_year, business_unit_code, day(coalesce(entry_date, effective_date))),
        (fiscal_year, business_unit_code, hour(entry_time)))
),
labelled AS (
    SELECT fiscal_year, business_unit_code, 'weekday' AS dimension, weekday AS bucket,
           ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][weekday] AS bucket_label,
           entry_count, amount_total
    FROM grouped WHERE grouping_id = 3
    UNION ALL
    SELECT fiscal_year, business_unit_code, 'day_of_month', day_of_month, CAST(day_of_month AS VARCHAR),
           entry_count, amount_total
    FROM grouped WHERE grouping_id = 5
    UNION ALL
    SELECT fiscal_year, business_unit_code, 'hour', entry_hour, lpad(CAST(entry_hour AS VARCHAR), 2, '0') || ':00',
           entry_count, amount_total
    FROM grouped WHERE grouping_id = 6 AND entry_hour IS NOT NULL
)
SELECT fiscal_year, business_unit_code, dimension, bucket, bucket_label, entry_count, amount_total,
       entry_count / sum(entry_count) OVER (PARTITION BY fiscal_year, business_unit_code, dimension)
FROM labelled;
