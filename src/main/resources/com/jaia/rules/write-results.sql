-- Replaces the results of the ledgers being processed (the fiscal years of the run's business unit), set-based, inside
-- the caller's transaction; other ledgers keep theirs.
DELETE FROM rule_violations WHERE list_contains(${fiscal_years}, fiscal_year) AND (getvariable('run_all_units') OR coalesce(business_unit_code, '') = getvariable('run_business_unit'));
DELETE FROM risk_scores WHERE list_contains(${fiscal_years}, fiscal_year) AND (getvariable('run_all_units') OR coalesce(business_unit_code, '') = getvariable('run_business_unit'));

INSERT INTO rule_violations
SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_id, category, severity, score, message, ${run_id}
FROM run_violations
QUALIFY row_number() OVER (PARTITION BY gl_detail_id, fiscal_year, business_unit_code, rule_id ORDER BY message) = 1;

-- Risk per line and per journal: rule scores combine as independent evidence (noisy-or), then the ML score adds its
-- weighted share of what is left: risk = 100 * (1 - prod(1 - s_i/100) * (1 - w * ml)). A line's factors are its rules
-- by descending score, then rule id. Rules the self-calibration guard found non-discriminating carry score 0.
-- Band cut-offs come from the scoring file; then at most ${max_flagged_share} of each ledger's journals (fiscal year and
-- business unit) keep a high or critical band, the highest-ranked first, and the others move down to medium.
CREATE OR REPLACE TEMP TABLE run_hits AS
SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_id, least(max(score), 99.0) AS score
FROM run_violations WHERE score > 0 GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE run_journal_risk AS
WITH journal_rules AS (
    SELECT journal_id, fiscal_year, business_unit_code, 100 * (1 - exp(sum(ln(1 - score / 100)))) AS rule_score
    FROM (SELECT journal_id, fiscal_year, business_unit_code, rule_id, max(score) AS score FROM run_hits GROUP BY ALL)
    GROUP BY ALL
), journal_ml AS (
    SELECT journal_id, fiscal_year, business_unit_code, max(ml_score) AS ml_score FROM rule_ml GROUP BY ALL
), journals AS (
    SELECT journal_id, fiscal_year, business_unit_code FROM rule_entries GROUP BY ALL
), scored AS (
    SELECT j.journal_id, j.fiscal_year, j.business_unit_code,
           100 * (1 - (1 - coalesce(jr.rule_score, 0) / 100) * (1 - ${ml_weight} * coalesce(jm.ml_score, 0)))
               AS journal_risk
    FROM journals j
    LEFT JOIN journal_rules jr ON jr.journal_id = j.journal_id AND jr.fiscal_year = j.fiscal_year
         AND jr.business_unit_code IS NOT DISTINCT FROM j.business_unit_code
    LEFT JOIN journal_ml jm ON jm.journal_id = j.journal_id AND jm.fiscal_year = j.fiscal_year
         AND jm.business_unit_code IS NOT DISTINCT FROM j.business_unit_code
), ranked AS (
    SELECT *,
           CASE WHEN journal_risk >= ${critical_at} THEN 'critical' WHEN journal_risk >= ${high_at} THEN 'high'
                WHEN journal_risk >= ${medium_at} THEN 'medium' WHEN journal_risk >= ${low_at} THEN 'low'
                ELSE 'minimal' END AS scored_band,
           row_number() OVER (PARTITION BY fiscal_year, business_unit_code
                              ORDER BY journal_risk DESC, hash(journal_id), journal_id) AS rank,
           count(*) OVER (PARTITION BY fiscal_year, business_unit_code) AS ledger_journals
    FROM scored
)
SELECT journal_id, fiscal_year, business_unit_code, journal_risk,
       scored_band IN ('critical', 'high') AND ledger_journals >= ${min_calibration_journals}
           AND rank > ceil(${max_flagged_share} * ledger_journals) AS capped,
       CASE WHEN scored_band IN ('critical', 'high') AND ledger_journals >= ${min_calibration_journals}
                 AND rank > ceil(${max_flagged_share} * ledger_journals) THEN 'medium' ELSE scored_band END AS band
FROM ranked;

INSERT INTO risk_scores
WITH line_rules AS (
    SELECT gl_detail_id, fiscal_year, business_unit_code, 100 * (1 - exp(sum(ln(1 - score / 100)))) AS rule_score,
           count(*) AS violation_count,
           array_to_string(list_transform(list_sort(list({'neg': -score, 'rule': rule_id})),
                                          lambda f: f.rule || ' ' || CAST(round(-f.neg) AS INTEGER)), ', ') AS top_factors
    FROM run_hits GROUP BY gl_detail_id, fiscal_year, business_unit_code
), lines AS (
    SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code,
           coalesce(lr.rule_score, 0) AS rule_score, m.ml_score,
           100 * (1 - (1 - coalesce(lr.rule_score, 0) / 100) * (1 - ${ml_weight} * coalesce(m.ml_score, 0))) AS risk,
           jr.journal_risk, jr.band AS journal_band, jr.capped,
           coalesce(lr.violation_count, 0) AS violation_count,
           concat_ws(', ', lr.top_factors,
                     CASE WHEN m.ml_score >= ${ml_factor_at} THEN 'ML ' || CAST(round(m.ml_score, 2) AS VARCHAR) END) AS top_factors
    FROM rule_entries l
    LEFT JOIN line_rules lr ON lr.gl_detail_id = l.gl_detail_id AND lr.fiscal_year = l.fiscal_year
         AND lr.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
    LEFT JOIN run_journal_risk jr ON jr.journal_id = l.journal_id AND jr.fiscal_year = l.fiscal_year
         AND jr.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
    LEFT JOIN rule_ml m ON m.gl_detail_id = l.gl_detail_id AND m.fiscal_year = l.fiscal_year
         AND m.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
), banded AS (
    SELECT *, CASE WHEN risk >= ${critical_at} THEN 'critical' WHEN risk >= ${high_at} THEN 'high'
                   WHEN risk >= ${medium_at} THEN 'medium' WHEN risk >= ${low_at} THEN 'low' ELSE 'minimal' END AS band
    FROM lines
)
SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, round(rule_score, 2), ml_score, round(risk, 2),
       CASE WHEN capped AND band IN ('critical', 'high') THEN 'medium' ELSE band END,
       round(journal_risk, 2), journal_band,
       violation_count, nullif(top_factors, ''), ${run_id}
FROM banded;
