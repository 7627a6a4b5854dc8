-- DSC_PERSONAL: Personal expense wording (私的支出を示す摘要). Flags descriptions pointing to personal use (私用, 個人, 家族); company money spent privately is misappropriation.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'description "' || l.je_line_description || '" points to personal use' AS message
FROM rule_lines l WHERE regexp_matches(lower(l.je_line_description), array_to_string(${keywords}, '|'))
