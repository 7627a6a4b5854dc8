-- APR_MODIFIED_BY_OTHER: Modified by a third person (第三者による修正). Flags lines last changed by someone who neither prepared nor approved them.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'last modified by ' || l.last_modified_by || ', neither preparer ' || coalesce(l.prepared_by, '?') || ' nor approver ' || coalesce(l.approved_by, '?') AS message
FROM rule_entries l WHERE l.last_modified_by IS NOT NULL
  AND l.last_modified_by IS DISTINCT FROM l.prepared_by AND l.last_modified_by IS DISTINCT FROM l.approved_by
