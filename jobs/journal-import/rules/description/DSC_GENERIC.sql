-- DSC_GENERIC: Generic description (汎用的な摘要). Flags descriptions that say nothing (その他, 諸口, 雑, misc); they hide what the entry is for.
WITH hit AS (SELECT d.description, 'generic description "' || d.description || '"' AS message FROM rule_descriptions d WHERE list_contains(${generic_words}, trim(d.lowered)))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, hit.message
FROM rule_entries l JOIN hit ON hit.description = l.je_line_description
