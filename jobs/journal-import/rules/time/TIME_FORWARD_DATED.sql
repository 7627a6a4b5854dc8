-- TIME_FORWARD_DATED: Forward-dated entry (先日付計上). Flags lines whose effective date lies well after the day they were entered; forward dating can pre-book revenue or hide timing.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'effective ' || l.effective_date || ', ' || (l.effective_date - l.entry_date) || ' days after entry on ' || l.entry_date AS message
FROM rule_entries l WHERE l.effective_date - l.entry_date > ${days}
