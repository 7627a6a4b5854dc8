-- DSC_UNCERTAIN: Uncertain description (内容不明・確認中の摘要). Flags descriptions saying the content is unknown or pending (不明, 確認中, 後日); booked without knowing what for.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'description "' || l.je_line_description || '" says the content is unclear' AS message
FROM rule_lines l WHERE regexp_matches(lower(l.je_line_description), array_to_string(${keywords}, '|'))
