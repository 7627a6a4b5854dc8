-- APR_PREPARER_UNKNOWN: Preparer not in the users master (未登録の作成者). Flags lines prepared by a user id missing from the users master; unknown users point to shared or generic accounts.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'preparer ' || l.prepared_by || ' is not in the users master' AS message
FROM rule_lines l WHERE nullif(trim(l.prepared_by), '') IS NOT NULL AND NOT l.preparer_known
