-- DSC_GENERIC: Generic description (汎用的な摘要). Flags descriptions that say nothing (その他, 諸口, 雑, misc); they hide what the entry is for.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'generic description "' || l.je_line_description || '"' AS message
FROM rule_lines l WHERE list_contains(${generic_words}, lower(trim(l.je_line_description)))
