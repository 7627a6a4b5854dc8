-- APR_ABOVE_APPROVER_LIMIT: Above the approver's limit (承認限度額超過). Flags journals whose total exceeds the approval limit of the user who approved them (limits from the users master); approval beyond authority is no approval.
-- only journals above the smallest approval limit can exceed a user's limit
WITH j AS (SELECT journal_id, fiscal_year, business_unit_code, debit_total FROM rule_journals WHERE debit_total > (SELECT min(approval_limit) FROM users))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'journal total ' || j.debit_total || ' exceeds approver ' || l.approved_by || '''s limit ' || l.approver_limit AS message
FROM rule_lines l JOIN j USING (journal_id, fiscal_year, business_unit_code)
WHERE l.approver_limit IS NOT NULL AND j.debit_total > l.approver_limit
