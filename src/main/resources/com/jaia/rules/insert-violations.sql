-- The hits of one rule into run_violations: the nested query is the rule's own, from the rule catalogue (it answers
-- gl_detail_id, journal_id, fiscal_year, business_unit_code, message); the parameters are the rule's id, category,
-- severity and score.
INSERT INTO run_violations
SELECT r.gl_detail_id, r.journal_id, r.fiscal_year, r.business_unit_code, ?, ?, ?, CAST(? AS DOUBLE), r.message
FROM (
${rule_query}
) AS r
