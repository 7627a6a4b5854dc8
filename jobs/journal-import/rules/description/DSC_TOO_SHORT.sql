-- DSC_TOO_SHORT: Too-short description (短すぎる摘要). Flags descriptions of only one or two characters; they cannot explain an entry.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'description "' || l.je_line_description || '" is ' || length(trim(l.je_line_description)) || ' characters long' AS message
FROM rule_entries l WHERE length(trim(l.je_line_description)) BETWEEN 1 AND ${min_length} - 1
