-- agg_anomaly_summary: how the lines of each accounting period spread over the risk bands (where the risk sits).
-- One row per (fiscal_year, accounting_period, risk_band) with at least one line; risk_band is the line's
-- risk_scores.risk_band (critical, high, medium, low, minimal) or 'unscored' when the rules have not scored it.
--   line_count, journal_count   lines and distinct journal_id in the band
--   amount_total                sum of their line amounts
--   avg_risk_score, max_risk_score  of risk_scores.risk_score (0..100)
--   avg_ml_score                of risk_scores.ml_score (0..1)
--   flagged_line_count          lines with at least one rule violation
--   violation_count             rule violations on those lines (risk_scores.violation_count summed)
INSERT INTO agg_anomaly_summary (fiscal_year, accounting_period, risk_band, line_count, journal_count, amount_total,
    avg_risk_score, max_risk_score, avg_ml_score, flagged_line_count, violation_count)
SELECT j.fiscal_year, j.accounting_period, coalesce(r.risk_band, 'unscored'),
       count(*), count(DISTINCT j.journal_id), sum(j.amount),
       avg(r.risk_score), max(r.risk_score), avg(r.ml_score),
       count(*) FILTER (WHERE r.violation_count > 0), coalesce(sum(r.violation_count), 0)
FROM journal_entries j
LEFT JOIN risk_scores r ON r.gl_detail_id = j.gl_detail_id AND r.fiscal_year = j.fiscal_year
    AND r.fiscal_year IN (${fiscal_years})
WHERE j.fiscal_year IN (${fiscal_years})
GROUP BY j.fiscal_year, j.accounting_period, coalesce(r.risk_band, 'unscored');
