-- One journal's rule violations, highest score first; the id is looked up through the rule_violations_journal index
-- (materialised, as in journal-lines.sql).
WITH same_id AS MATERIALIZED (
    SELECT gl_detail_id, fiscal_year, business_unit_code, rule_id, category, severity, score, message
    FROM rule_violations WHERE journal_id = :id
)
SELECT gl_detail_id, rule_id, category, severity, score, message
FROM same_id
WHERE business_unit_code IS NOT DISTINCT FROM :unit AND fiscal_year = :year
ORDER BY score DESC, rule_id, gl_detail_id
