-- agg_benford_distribution: Benford's law tests of the line amounts (Nigrini's first-digit, second-digit and
-- first-two-digits tests), per fiscal year and business unit ('*' all units), over lines with amount >= 10 (so that
-- every amount has two digits).
-- One row per (fiscal_year, business_unit_code, test, digit) for every digit the test defines, including digits never
-- observed:
--   test                        'first' (digit 1..9), 'second' (digit 0..9) or 'first_two' (digit 10..99)
--   observed_count, total_count lines with that digit / lines tested in the year and unit
--   observed_share              observed_count / total_count
--   expected_share              Benford's probability: log10(1 + 1/d) for first and first_two,
--                               sum over k = 1..9 of log10(1 + 1/(10k + d)) for second
--   deviation                   observed_share - expected_share
--   z_statistic                 (|deviation| - 1/(2N)) / sqrt(p(1-p)/N), the continuity correction applied only when
--                               it is smaller than |deviation|; significant when z > 1.96 (5 % level)
--   mad                         the test's mean absolute deviation over all its digits (same on each row of the test)
--   conformity                  Nigrini's MAD classes: 'close', 'acceptable', 'marginal', 'nonconformity';
--                               limits first 0.006/0.012/0.015, second 0.008/0.010/0.012, first_two 0.0012/0.0018/0.0022
INSERT INTO agg_benford_distribution (fiscal_year, business_unit_code, test, digit, observed_count, total_count, observed_share,
    expected_share, deviation, z_statistic, significant, mad, conformity)
WITH first_two AS (
    SELECT fiscal_year, business_unit_code,
           CAST(left(CAST(CAST(floor(amount) AS HUGEINT) AS VARCHAR), 2) AS INTEGER) AS d, count(*) AS n
    FROM scoped_entries
    WHERE amount >= 10
    GROUP BY ALL
),
observed AS (
    SELECT fiscal_year, business_unit_code, 'first' AS test, d // 10 AS digit, sum(n) AS n FROM first_two GROUP BY ALL
    UNION ALL SELECT fiscal_year, business_unit_code, 'second', d % 10, sum(n) FROM first_two GROUP BY ALL
    UNION ALL SELECT fiscal_year, business_unit_code, 'first_two', d, sum(n) FROM first_two GROUP BY ALL
),
expected AS (
    SELECT 'first' AS test, CAST(d AS INTEGER) AS digit, log10(1 + 1.0 / d) AS p FROM range(1, 10) t(d)
    UNION ALL
    SELECT 'second', CAST(d AS INTEGER), sum(log10(1 + 1.0 / (10 * k + d))) FROM range(0, 10) t(d), range(1, 10) u(k)
    GROUP BY d
    UNION ALL
    SELECT 'first_two', CAST(d AS INTEGER), log10(1 + 1.0 / d) FROM range(10, 100) t(d)
),
years AS (
    SELECT fiscal_year, business_unit_code, sum(n) AS total FROM first_two GROUP BY fiscal_year, business_unit_code
),
shares AS (
    SELECT y.fiscal_year, y.business_unit_code, e.test, e.digit, coalesce(o.n, 0) AS observed_count, y.total AS total_count,
           coalesce(o.n, 0) / y.total AS observed_share, e.p AS expected_share,
           coalesce(o.n, 0) / y.total - e.p AS deviation,
           1.0 / (2 * y.total) AS correction,
           sqrt(e.p * (1 - e.p) / y.total) AS sigma
    FROM years y
    CROSS JOIN expected e
    LEFT JOIN observed o ON o.fiscal_year = y.fiscal_year AND o.test = e.test AND o.digit = e.digit
        AND o.business_unit_code IS NOT DISTINCT FROM y.business_unit_code
),
tested AS (
    SELECT *,
           (abs(deviation) - CASE WHEN correction < abs(deviation) THEN correction ELSE 0 END) / sigma AS z,
           avg(abs(deviation)) OVER (PARTITION BY fiscal_year, business_unit_code, test) AS test_mad
    FROM shares
)
SELECT fiscal_year, business_unit_code, test, digit, observed_count, total_count, observed_share, expected_share, deviation, z, z > 1.96,
       test_mad,
       CASE
           WHEN test_mad <= CASE test WHEN 'first' THEN 0.006 WHEN 'second' THEN 0.008 ELSE 0.0012 END THEN 'close'
           WHEN test_mad <= CASE test WHEN 'first' THEN 0.012 WHEN 'second' THEN 0.010 ELSE 0.0018 END THEN 'acceptable'
           WHEN test_mad <= CASE test WHEN 'first' THEN 0.015 WHEN 'second' THEN 0.012 ELSE 0.0022 END THEN 'marginal'
           ELSE 'nonconformity'
       END
FROM tested;
