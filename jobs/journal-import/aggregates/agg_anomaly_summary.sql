-- agg_anomaly_summary: how the lines of each accounting period spread over the risk bands (where the risk sits).
-- Reads scoped_lines (see refresh_inputs.sql). Counts lines: a journal's lines can sit in different bands.
-- One row per (fiscal_year, business_unit_code, accounting_period, risk_band) with at least one line ('*' totals all
-- units); risk_band is the line's
-- risk_scores.risk_band (critical, high, medium, low, minimal) or 'unscored' when the rules have not scored it.
--   line_count                  lines in the band
--   amount_total                sum of their line amounts
--   avg_risk_score, max_risk_score  of risk_scores.risk_score (0..100)
--   avg_ml_score                of risk_scores.ml_score (0..1)
--   flagged_line_count          lines with at least one rule violation
--   violation_count             rule violations on those lines (risk_scores.violation_count summed)
INSERT INTO agg_anomaly_summary (fiscal_year, business_unit_code, accounting_period, risk_band, line_count, amount_total, avg_risk_score,
    max_risk_score, avg_ml_score, flagged_line_count, violation_count)
SELECT fiscal_year, business_unit_code, accounting_period, risk_band, count(*), sum(amount), avg(risk_score), max(risk_score),
       avg(ml_score), count(*) FILTER (WHERE violation_count > 0), coalesce(sum(violation_count), 0)
FROM scoped_lines
GROUP BY fiscal_year, business_unit_code, accounting_period, risk_band;
