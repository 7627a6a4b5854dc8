-- DSC_TEST_ENTRY: Test or dummy entry (テスト・ダミーの摘要). Flags descriptions marking test or dummy entries; they do not belong in a production ledger.
WITH hit AS (SELECT d.description, 'description "' || d.description || '" marks a test entry' AS message FROM rule_descriptions d WHERE regexp_matches(d.lowered, array_to_string(${keywords}, '|')))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, hit.message
FROM rule_entries l JOIN hit ON hit.description = l.je_line_description
