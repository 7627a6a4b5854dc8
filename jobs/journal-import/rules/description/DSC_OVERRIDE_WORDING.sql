-- DSC_OVERRIDE_WORDING: Instruction or urgency wording (指示・至急を示す摘要). Flags descriptions saying an entry was posted on someone's instruction or in a hurry (社長指示, 至急, 特命 …); management override of controls typically shows as pressure to post outside the normal process.
WITH hit AS (SELECT d.description, 'description "' || d.description || '" contains "' || regexp_extract(d.lowered, array_to_string(${keywords}, '|')) || '"' AS message FROM rule_descriptions d WHERE regexp_matches(d.lowered, array_to_string(${keywords}, '|')))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, hit.message
FROM rule_entries l JOIN hit ON hit.description = l.je_line_description
