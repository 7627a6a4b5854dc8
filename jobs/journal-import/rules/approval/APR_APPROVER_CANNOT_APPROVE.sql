-- APR_APPROVER_CANNOT_APPROVE: Approver without approval rights (承認権限のない承認者). Flags lines approved by a user the users master says cannot approve.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'approved by ' || l.approved_by || ', who has no approval rights' AS message
FROM rule_lines l WHERE l.approver_can_approve = false
