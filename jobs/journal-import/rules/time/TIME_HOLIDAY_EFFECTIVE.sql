-- TIME_HOLIDAY_EFFECTIVE: Holiday effective date (祝日付の計上日). Flags lines dated on a public holiday of the ledger's calendar; few real transactions carry a holiday date.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'effective on holiday ' || l.effective_date || ' (' || h.name || ')' AS message
FROM rule_entries l JOIN rule_holidays h ON h.holiday_date = l.effective_date
