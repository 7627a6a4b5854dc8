-- DSC_TEST_ENTRY: Test or dummy entry (テスト・ダミーの摘要). Flags descriptions marking test or dummy entries; they do not belong in a production ledger.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'description "' || l.je_line_description || '" marks a test entry' AS message
FROM rule_lines l WHERE regexp_matches(lower(l.je_line_description), array_to_string(${keywords}, '|'))
