-- APR_APPROVAL_BEFORE_ENTRY: Approved before entry (入力前の承認). Flags lines whose approval date precedes their entry date; an approval cannot come before what it approves.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'approved ' || l.approved_date || ' before entry on ' || l.entry_date AS message
FROM rule_entries l WHERE l.approved_date < l.entry_date
