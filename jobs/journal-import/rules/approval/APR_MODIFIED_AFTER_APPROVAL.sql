-- APR_MODIFIED_AFTER_APPROVAL: Modified after approval (承認後の修正). Flags lines changed after they were approved; the approved version is no longer what is in the books.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'modified ' || l.last_modified_date || ' by ' || coalesce(l.last_modified_by, '?') || ' after approval on ' || l.approved_date AS message
FROM rule_entries l WHERE l.last_modified_date > l.approved_date
