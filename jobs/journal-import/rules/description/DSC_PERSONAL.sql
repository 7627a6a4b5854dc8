-- DSC_PERSONAL: Personal expense wording (私的支出を示す摘要). Flags descriptions pointing to personal use (私用, 個人, 家族); company money spent privately is misappropriation.
WITH hit AS (SELECT d.description, 'description "' || d.description || '" points to personal use' AS message FROM rule_descriptions d WHERE regexp_matches(d.lowered, array_to_string(${keywords}, '|')))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, hit.message
FROM rule_entries l JOIN hit ON hit.description = l.je_line_description
