-- TIME_HOLIDAY_ENTRY: Japanese holiday entry (祝日の入力). Flags lines entered on a Japanese public or substitute holiday (calendar data); like weekend entries they bypass normal supervision.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'entered on holiday ' || l.entry_date || ' (' || h.name_ja || ')' AS message
FROM rule_entries l JOIN holidays h ON h.holiday_date = l.entry_date
