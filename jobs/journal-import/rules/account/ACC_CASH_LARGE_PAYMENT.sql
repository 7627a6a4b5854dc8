-- ACC_CASH_LARGE_PAYMENT: Large cash payment (多額の現金・預金支出). Flags large credits to cash and bank accounts; large payments deserve a matching approval and document.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'cash account ' || l.gl_account_number || ' credited ' || l.amount AS message
FROM rule_lines l WHERE l.account_class = 'cash' AND l.debit_credit_indicator = 'C' AND l.amount >= ${min_amount}
