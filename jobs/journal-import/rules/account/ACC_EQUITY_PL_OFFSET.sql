-- ACC_EQUITY_PL_OFFSET: Income statement posted straight to equity (損益を経由しない純資産への直接計上). Flags journals posting to an equity account against a revenue, expense or cost-of-sales account before the fiscal year's closing day; results moved to capital or retained earnings during the year bypass the income statement.
WITH equity AS (SELECT DISTINCT journal_id, fiscal_year, business_unit_code FROM rule_lines WHERE account_class = 'equity'),
j AS (
  SELECT fiscal_year, business_unit_code, journal_id FROM rule_lines SEMI JOIN equity USING (journal_id, fiscal_year, business_unit_code) GROUP BY ALL
  HAVING bool_or(account_class IN ('revenue', 'expense', 'cost_of_sales'))
     AND min(effective_date) < any_value(fy_end) AND sum(amount) FILTER (WHERE account_class = 'equity') >= ${min_amount})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'equity account ' || l.gl_account_number || ' ' || coalesce(l.account_name, '') || ' posted ' || l.amount || ' on ' || l.effective_date || ' against an income statement account' AS message
FROM rule_lines l JOIN j USING (fiscal_year, business_unit_code, journal_id)
WHERE l.account_class IN ('equity', 'revenue', 'expense', 'cost_of_sales')
