-- DSC_NO_LETTERS: Description without words (文字のない摘要). Flags descriptions made only of digits and symbols; they say nothing a reviewer can check.
WITH hit AS (SELECT d.description, 'description "' || d.description || '" has no words' AS message FROM rule_descriptions d WHERE nullif(trim(d.description), '') IS NOT NULL AND NOT regexp_matches(d.description, '\p{L}'))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, hit.message
FROM rule_entries l JOIN hit ON hit.description = l.je_line_description
