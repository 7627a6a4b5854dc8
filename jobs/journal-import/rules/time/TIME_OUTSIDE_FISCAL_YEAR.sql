-- TIME_OUTSIDE_FISCAL_YEAR: Date outside the fiscal year (会計年度外の計上日). Flags lines whose effective date lies outside their fiscal year; they belong to another year's figures.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'effective ' || l.effective_date || ' outside fiscal year ' || l.fiscal_year || ' (' || l.fy_start || ' to ' || l.fy_end || ')' AS message
FROM rule_entries l WHERE l.effective_date < l.fy_start OR l.effective_date > l.fy_end
