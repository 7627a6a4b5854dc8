-- APR_UNAPPROVED_ABOVE_PREPARER_LIMIT: Unapproved above the preparer's limit (作成者限度額超の未承認仕訳). Flags journals with no approver whose total exceeds the preparer's own authority; they needed someone else's approval.
-- only journals above the smallest approval limit can exceed a user's limit
WITH j AS (SELECT journal_id, fiscal_year, business_unit_code, debit_total FROM rule_journals WHERE debit_total > (SELECT min(approval_limit) FROM users))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'unapproved journal total ' || j.debit_total || ' exceeds preparer ' || l.prepared_by || '''s limit ' || l.preparer_limit AS message
FROM rule_lines l JOIN j USING (journal_id, fiscal_year, business_unit_code)
WHERE nullif(trim(l.approved_by), '') IS NULL AND l.preparer_limit IS NOT NULL AND j.debit_total > l.preparer_limit
