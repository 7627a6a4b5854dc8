-- APR_APPROVER_UNKNOWN: Approver not in the users master (未登録の承認者). Flags lines approved by a user id missing from the users master; approvals must be traceable to a known person.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'approver ' || l.approved_by || ' is not in the users master' AS message
FROM rule_lines l WHERE nullif(trim(l.approved_by), '') IS NOT NULL AND NOT l.approver_known
