-- TIME_POST_CLOSING: Post-closing entry (決算締め後の入力). Flags lines of a fiscal year entered long after the year ended; post-closing entries change audited figures after the fact.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'entered ' || l.entry_date || ', ' || (l.entry_date - l.fy_end) || ' days after fiscal year-end ' || l.fy_end AS message
FROM rule_entries l WHERE l.entry_date - l.fy_end > ${grace_days}
