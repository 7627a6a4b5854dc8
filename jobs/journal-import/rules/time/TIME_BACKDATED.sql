-- TIME_BACKDATED: Backdated entry (遡及計上). Flags lines entered long after their effective date; backdating can move results into a closed period.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'entered ' || l.entry_date || ', ' || (l.entry_date - l.effective_date) || ' days after its effective date ' || l.effective_date AS message
FROM rule_entries l WHERE l.entry_date - l.effective_date > ${days}
