-- TIME_ADJUSTMENT_PERIOD: Adjustment-period entry (決算整理期間の仕訳). Flags lines in an adjustment period beyond the twelfth; closing adjustments are where estimates and overrides live.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'posted to adjustment period ' || l.accounting_period AS message
FROM rule_entries l WHERE l.accounting_period > 12
