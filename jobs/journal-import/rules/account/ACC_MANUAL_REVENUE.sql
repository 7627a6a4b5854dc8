-- ACC_MANUAL_REVENUE: Manual entry to revenue (手入力の売上計上). Flags revenue lines posted by manual journal rather than the sales system; management override of revenue typically comes through manual entries.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'manual (' || l.source || ') posting of ' || l.amount || ' to revenue account ' || l.gl_account_number AS message
FROM rule_lines l WHERE l.account_class = 'revenue' AND list_contains(${manual_sources}, lower(trim(l.source)))
