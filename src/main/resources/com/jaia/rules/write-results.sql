-- Replaces the results of the fiscal years being processed, set-based, inside the caller's transaction.
DELETE FROM rule_violations WHERE list_contains(${fiscal_years}, fiscal_year);
DELETE FROM risk_scores WHERE list_contains(${fiscal_years}, fiscal_year);

INSERT INTO rule_violations
SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_id, category, severity, score, message, ${run_id}
FROM run_violations
QUALIFY row_number() OVER (PARTITION BY gl_detail_id, fiscal_year, business_unit_code, rule_id ORDER BY message) = 1;

-- Risk per line and per journal: rule scores combine as independent evidence (noisy-or), then the ML score adds its
-- weighted share of what is left: risk = 100 * (1 - prod(1 - s_i/100) * (1 - w * ml)). A line's factors are its rules
-- by descending score, then rule id.
INSERT INTO risk_scores
WITH hits AS (
    SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_id, least(max(score), 99.0) AS score
    FROM run_violations GROUP BY ALL
), line_rules AS (
    SELECT gl_detail_id, fiscal_year, business_unit_code, 100 * (1 - exp(sum(ln(1 - score / 100)))) AS rule_score, count(*) AS violation_count,
           array_to_string(list_transform(list_sort(list({'neg': -score, 'rule': rule_id})),
                                          lambda f: f.rule || ' ' || CAST(round(-f.neg) AS INTEGER)), ', ') AS top_factors
    FROM hits GROUP BY gl_detail_id, fiscal_year, business_unit_code
), journal_rules AS (
    SELECT journal_id, fiscal_year, business_unit_code, 100 * (1 - exp(sum(ln(1 - score / 100)))) AS rule_score
    FROM (SELECT journal_id, fiscal_year, business_unit_code, rule_id, max(score) AS score FROM hits GROUP BY ALL) GROUP BY ALL
), journal_ml AS (
    SELECT journal_id, fiscal_year, business_unit_code, max(ml_score) AS ml_score FROM rule_ml GROUP BY ALL
), lines AS (
    SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code,
           coalesce(lr.rule_score, 0) AS rule_score, m.ml_score,
           100 * (1 - (1 - coalesce(lr.rule_score, 0) / 100) * (1 - ${ml_weight} * coalesce(m.ml_score, 0))) AS risk,
           100 * (1 - (1 - coalesce(jr.rule_score, 0) / 100) * (1 - ${ml_weight} * coalesce(jm.ml_score, 0)))
               AS journal_risk,
           coalesce(lr.violation_count, 0) AS violation_count,
           concat_ws(', ', lr.top_factors,
                     CASE WHEN m.ml_score >= 0.5 THEN 'ML ' || CAST(round(m.ml_score, 2) AS VARCHAR) END) AS top_factors
    FROM rule_entries l
    LEFT JOIN line_rules lr USING (gl_detail_id, fiscal_year, business_unit_code)
    LEFT JOIN journal_rules jr ON jr.journal_id = l.journal_id AND jr.fiscal_year = l.fiscal_year
         AND jr.business_unit_code = l.business_unit_code
    LEFT JOIN rule_ml m ON m.gl_detail_id = l.gl_detail_id AND m.fiscal_year = l.fiscal_year
         AND m.business_unit_code = l.business_unit_code
    LEFT JOIN journal_ml jm ON jm.journal_id = l.journal_id AND jm.fiscal_year = l.fiscal_year
         AND jm.business_unit_code = l.business_unit_code
)
SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, round(rule_score, 2), ml_score, round(risk, 2),
       CASE WHEN risk >= 80 THEN 'critical' WHEN risk >= 60 THEN 'high' WHEN risk >= 40 THEN 'medium'
            WHEN risk >= 20 THEN 'low' ELSE 'minimal' END,
       round(journal_risk, 2),
       CASE WHEN journal_risk >= 80 THEN 'critical' WHEN journal_risk >= 60 THEN 'high'
            WHEN journal_risk >= 40 THEN 'medium' WHEN journal_risk >= 20 THEN 'low' ELSE 'minimal' END,
       violation_count, nullif(top_factors, ''), ${run_id}
FROM lines;
