-- One journal's lines with their risk scores, in line order. Both tables are read through their journal index (the id
-- alone, materialised so the other conditions are not pushed into the scans, which would turn them into full scans),
-- then narrowed to the journal's business unit and fiscal year and joined.
WITH lines AS MATERIALIZED (
    SELECT * FROM journal_entries WHERE journal_id = :id
), scores AS MATERIALIZED (
    SELECT gl_detail_id, fiscal_year, business_unit_code, risk_score, risk_band, rule_score, ml_score,
           journal_risk_score, journal_risk_band, top_factors
    FROM risk_scores WHERE journal_id = :id
)
SELECT je.*, r.risk_score, r.risk_band, r.rule_score, r.ml_score, r.journal_risk_score, r.journal_risk_band,
       r.top_factors
FROM lines je
LEFT JOIN scores r
       ON r.gl_detail_id = je.gl_detail_id AND r.fiscal_year = je.fiscal_year
      AND r.business_unit_code IS NOT DISTINCT FROM je.business_unit_code
WHERE je.business_unit_code IS NOT DISTINCT FROM :unit AND je.fiscal_year = :year
ORDER BY je.journal_id_line_number, je.gl_detail_id
