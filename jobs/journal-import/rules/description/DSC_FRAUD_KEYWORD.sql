-- DSC_FRAUD_KEYWORD: Fraud keyword in description (不正を示唆する摘要). Flags descriptions containing words associated with fraud (架空, 裏金, 簿外, 水増し …); such words in the books demand an explanation.
WITH hit AS (SELECT d.description, 'description "' || d.description || '" contains "' || regexp_extract(d.lowered, array_to_string(${keywords}, '|')) || '"' AS message FROM rule_descriptions d WHERE regexp_matches(d.lowered, array_to_string(${keywords}, '|')))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, hit.message
FROM rule_entries l JOIN hit ON hit.description = l.je_line_description
