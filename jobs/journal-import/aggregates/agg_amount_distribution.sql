-- agg_amount_distribution: how line amounts spread over order-of-magnitude buckets, per fiscal year (materiality
-- and round-amount review).
-- One row per (fiscal_year, business_unit_code, bucket) with at least one line; business_unit_code '*' totals all
-- units, and shares are of the unit's (or all units') lines. Buckets (lower bound inclusive, upper exclusive):
--   0 '0 - 1,000', 1 '1,000 - 10,000', 2 '10,000 - 100,000', 3 '100,000 - 1,000,000', 4 '1,000,000 - 10,000,000',
--   5 '10,000,000 - 100,000,000', 6 '100,000,000 and above' (upper_bound NULL)
--   entry_count, debit_count, credit_count  lines in the bucket, all and per side
--   amount_total                sum of their amounts
--   round_amount_count          lines whose amount is a non-zero multiple of 1,000
--   share_of_entries            entry_count / lines of the year
--   share_of_amount             amount_total / amount of the year (NULL when the year's amount is 0)
INSERT INTO agg_amount_distribution (fiscal_year, business_unit_code, bucket_order, bucket_label, lower_bound, upper_bound, entry_count,
    debit_count, credit_count, amount_total, round_amount_count, share_of_entries, share_of_amount)
WITH bucketed AS (
    SELECT fiscal_year, business_unit_code,
           CASE WHEN amount < 1000 THEN 0 WHEN amount < 10000 THEN 1 WHEN amount < 100000 THEN 2
                WHEN amount < 1000000 THEN 3 WHEN amount < 10000000 THEN 4 WHEN amount < 100000000 THEN 5
                ELSE 6 END AS bucket_order,
           count(*) AS entry_count,
           count(*) FILTER (WHERE debit_credit_indicator = 'D') AS debit_count,
           count(*) FILTER (WHERE debit_credit_indicator = 'C') AS credit_count,
           sum(amount) AS amount_total,
           count(*) FILTER (WHERE amount >= 1000 AND amount % 1000 = 0) AS round_amount_count
    FROM scoped_entries
    GROUP BY ALL
)
SELECT fiscal_year, business_unit_code, bucket_order,
       ['0 - 1,000', '1,000 - 10,000', '10,000 - 100,000', '100,000 - 1,000,000', '1,000,000 - 10,000,000',
        '10,000,000 - 100,000,000', '100,000,000 and above'][bucket_order + 1],
       CASE WHEN bucket_order = 0 THEN 0 ELSE pow(10, bucket_order + 2) END,
       CASE WHEN bucket_order < 6 THEN pow(10, bucket_order + 3) END,
       entry_count, debit_count, credit_count, amount_total, round_amount_count,
       entry_count / sum(entry_count) OVER (PARTITION BY fiscal_year, business_unit_code),
       amount_total / nullif(sum(amount_total) OVER (PARTITION BY fiscal_year, business_unit_code), 0)
FROM bucketed;
