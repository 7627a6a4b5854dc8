-- DSC_UNCERTAIN: Uncertain description (内容不明・確認中の摘要). Flags descriptions saying the content is unknown or pending (不明, 確認中, 後日); booked without knowing what for.
WITH hit AS (SELECT d.description, 'description "' || d.description || '" says the content is unclear' AS message FROM rule_descriptions d WHERE regexp_matches(d.lowered, array_to_string(${keywords}, '|')))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, hit.message
FROM rule_entries l JOIN hit ON hit.description = l.je_line_description
