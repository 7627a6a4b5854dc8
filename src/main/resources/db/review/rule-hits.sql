-- The rule hits of one journal with their evidence, most severe first.
SELECT DISTINCT rule_id, category, severity, score, message
FROM rule_violations
WHERE fiscal_year = :fiscalYear AND journal_id = :journalId AND coalesce(business_unit_code, :businessUnit) IS NOT DISTINCT FROM :businessUnit
ORDER BY score DESC, rule_id
