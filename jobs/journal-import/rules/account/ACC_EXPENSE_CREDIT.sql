-- ACC_EXPENSE_CREDIT: Large credit to an expense account (費用科目の多額貸方計上). Flags large credits to expense accounts; reclassifying expenses away can inflate profit.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'expense account ' || l.gl_account_number || ' credited ' || l.amount AS message
FROM rule_lines l WHERE l.account_class IN ('expense', 'cost_of_sales') AND l.debit_credit_indicator = 'C' AND l.amount >= ${min_amount}
