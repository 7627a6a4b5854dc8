-- APR_WEEKEND_APPROVAL: Approval on a non-business day (休日の承認). Flags lines approved on a weekend or public holiday of the ledger's calendar; off-day approvals are rarely real reviews.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'approved on ' || dayname(l.approved_date) || ' ' || l.approved_date || coalesce(' (' || h.name || ')', '') AS message
FROM rule_entries l LEFT JOIN rule_holidays h ON h.holiday_date = l.approved_date
WHERE isodow(l.approved_date) IN (6, 7) OR h.holiday_date IS NOT NULL
