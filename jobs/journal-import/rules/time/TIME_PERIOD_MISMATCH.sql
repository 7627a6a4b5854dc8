-- TIME_PERIOD_MISMATCH: Period does not match date (会計期間と計上日の不一致). Flags lines whose accounting period is not the period of their effective date (numbered as the ledger numbers its periods, fiscal periods or calendar months); such lines were pushed into another period.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'period ' || l.accounting_period || ' but effective date ' || l.effective_date || ' falls in period ' || l.expected_period AS message
FROM rule_entries l WHERE l.accounting_period BETWEEN 1 AND 12
  AND l.accounting_period <> l.expected_period
