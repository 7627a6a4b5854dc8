-- TIME_YEAR_END_CLOSURE: Entry during year-end closure (年末年始休業中の入力). Flags lines entered between 29 December and 3 January, when Japanese offices close; entries then bypass the usual controls.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'entered on ' || l.entry_date || ' during the year-end closure' AS message
FROM rule_entries l WHERE (month(l.entry_date) = 12 AND day(l.entry_date) >= 29) OR (month(l.entry_date) = 1 AND day(l.entry_date) <= 3)
