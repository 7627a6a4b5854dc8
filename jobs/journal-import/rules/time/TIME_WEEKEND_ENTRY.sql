-- TIME_WEEKEND_ENTRY: Weekend entry (休日（土日）の入力). Flags lines entered on a Saturday or Sunday; postings outside business days escape the usual supervision.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'entered on ' || dayname(l.entry_date) || ' ' || l.entry_date AS message
FROM rule_entries l WHERE isodow(l.entry_date) IN (6, 7)
