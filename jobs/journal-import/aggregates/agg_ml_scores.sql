-- agg_ml_scores: the distribution of the ML anomaly scores (ml_scores.ml_score, 0..1) per fiscal year, in ten buckets
-- of width 0.1, to see how much of the ledger the model finds unusual and which method flags it.
-- One row per (fiscal_year, business_unit_code, bucket) for buckets 0..9, for every fiscal year and unit ('*' all
-- units) with at least one ML score (empty buckets have zero counts). Bucket b holds scores in [b/10, (b+1)/10); a score of 1 falls in bucket 9.
--   lower_bound, upper_bound    the bucket's score range
--   line_count                  scored lines in the bucket (ml_scores)
--   share_of_lines              line_count / scored lines of the year and unit
--   cumulative_share            share of the year's scored lines in this bucket or a lower one
--   top_method                  the ml_method most lines of the bucket were flagged by (NULL when empty)
--   high_risk_line_count        lines of the bucket whose combined risk_band is critical or high (risk_scores, which
--                               carries the same ML score; 0 before the rules ran)
--   avg_risk_score              mean combined risk_scores.risk_score of the bucket (NULL when empty or not scored)
INSERT INTO agg_ml_scores (fiscal_year, business_unit_code, bucket, lower_bound, upper_bound, line_count, share_of_lines, cumulative_share,
    top_method, high_risk_line_count, avg_risk_score)
WITH scored AS (
    SELECT fiscal_year, business_unit_code, CAST(least(greatest(floor(ml_score * 10), 0), 9) AS INTEGER) AS bucket,
           count(*) AS line_count, mode(ml_method) AS top_method
    FROM scoped_ml_scores
    GROUP BY ALL
),
risk AS (
    SELECT fiscal_year, business_unit_code, CAST(least(greatest(floor(ml_score * 10), 0), 9) AS INTEGER) AS bucket,
           count(*) FILTER (WHERE risk_band IN ('critical', 'high')) AS high_risk_line_count,
           avg(risk_score) AS avg_risk_score
    FROM scoped_risk_scores
    WHERE ml_score IS NOT NULL
    GROUP BY ALL
),
filled AS (
    SELECT y.fiscal_year, y.business_unit_code, CAST(b.bucket AS INTEGER) AS bucket, coalesce(s.line_count, 0) AS line_count,
           s.top_method, coalesce(r.high_risk_line_count, 0) AS high_risk_line_count, r.avg_risk_score
    FROM (SELECT DISTINCT fiscal_year, business_unit_code FROM scored) y
    CROSS JOIN range(0, 10) b(bucket)
    LEFT JOIN scored s ON s.fiscal_year = y.fiscal_year AND s.bucket = b.bucket
        AND s.business_unit_code IS NOT DISTINCT FROM y.business_unit_code
    LEFT JOIN risk r ON r.fiscal_year = y.fiscal_year AND r.bucket = b.bucket
        AND r.business_unit_code IS NOT DISTINCT FROM y.business_unit_code
)
SELECT fiscal_year, business_unit_code, bucket, bucket / 10.0, (bucket + 1) / 10.0, line_count,
       line_count / sum(line_count) OVER (PARTITION BY fiscal_year, business_unit_code),
       sum(line_count) OVER (PARTITION BY fiscal_year, business_unit_code ORDER BY bucket)
           / sum(line_count) OVER (PARTITION BY fiscal_year, business_unit_code),
       top_method, high_risk_line_count, avg_risk_score
FROM filled;
