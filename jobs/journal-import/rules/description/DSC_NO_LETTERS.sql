-- DSC_NO_LETTERS: Description without words (文字のない摘要). Flags descriptions made only of digits and symbols; they say nothing a reviewer can check.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'description "' || l.je_line_description || '" has no words' AS message
FROM rule_lines l WHERE nullif(trim(l.je_line_description), '') IS NOT NULL AND NOT regexp_matches(l.je_line_description, '\p{L}')
