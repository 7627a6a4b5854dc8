-- TIME_LATE_NIGHT: Late-night entry (深夜の入力). Flags lines entered late at night or in the small hours; off-hours entries are a standard fraud indicator.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'entered at ' || l.entry_time AS message
FROM rule_entries l WHERE hour(l.entry_time) >= ${night_start_hour} OR hour(l.entry_time) < ${night_end_hour}
