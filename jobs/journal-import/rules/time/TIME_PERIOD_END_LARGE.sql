-- TIME_PERIOD_END_LARGE: Large entry at fiscal year-end (期末直前の高額仕訳). Flags large lines dated in the last days of the fiscal year, where window dressing concentrates.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' dated ' || l.effective_date || ', ' || (l.fy_end - l.effective_date) || ' days before year-end' AS message
FROM rule_entries l WHERE l.fy_end - l.effective_date < ${days} AND l.effective_date <= l.fy_end AND l.amount >= ${min_amount}
