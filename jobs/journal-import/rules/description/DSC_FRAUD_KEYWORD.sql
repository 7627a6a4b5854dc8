-- DSC_FRAUD_KEYWORD: Fraud keyword in description (不正を示唆する摘要). Flags descriptions containing words associated with fraud (架空, 裏金, 簿外, 水増し …); such words in the books demand an explanation.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'description "' || l.je_line_description || '" contains "' || regexp_extract(lower(l.je_line_description), array_to_string(${keywords}, '|')) || '"' AS message
FROM rule_lines l WHERE regexp_matches(lower(l.je_line_description), array_to_string(${keywords}, '|'))
