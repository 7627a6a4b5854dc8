-- ACC_REVENUE_DEBIT: Large debit to revenue (売上の高額借方計上). Flags large debits to revenue accounts; revenue reversals after period-end can undo fictitious sales.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'revenue account ' || l.gl_account_number || ' debited ' || l.amount AS message
FROM rule_lines l WHERE l.account_class = 'revenue' AND l.debit_credit_indicator = 'D' AND l.amount >= ${min_amount}
