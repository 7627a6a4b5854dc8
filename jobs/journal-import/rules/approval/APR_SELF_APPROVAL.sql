-- APR_SELF_APPROVAL: Self-approval (自己承認). Flags lines approved by the person who prepared them; self-approval removes the segregation of duties that approval exists for.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'prepared and approved by ' || l.prepared_by AS message
FROM rule_entries l WHERE l.prepared_by = l.approved_by
