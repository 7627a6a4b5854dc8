-- TIME_WEEKEND_EFFECTIVE: Weekend effective date (土日付の計上日). Flags lines dated on a Saturday or Sunday; business transactions rarely happen then, though month-end accruals may.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'effective on ' || dayname(l.effective_date) || ' ' || l.effective_date AS message
FROM rule_entries l WHERE isodow(l.effective_date) IN (6, 7)
