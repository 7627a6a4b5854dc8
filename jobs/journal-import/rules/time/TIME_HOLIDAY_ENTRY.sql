-- TIME_HOLIDAY_ENTRY: Public holiday entry (祝日の入力). Flags lines entered on a public holiday of the ledger's calendar (from configuration or its currency's country); like weekend entries they bypass normal supervision.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'entered on holiday ' || l.entry_date || ' (' || h.name || ')' AS message
FROM rule_entries l JOIN rule_holidays h ON h.holiday_date = l.entry_date
