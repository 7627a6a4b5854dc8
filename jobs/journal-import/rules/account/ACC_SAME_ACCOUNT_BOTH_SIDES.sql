-- ACC_SAME_ACCOUNT_BOTH_SIDES: Same account debited and credited (同一科目の貸借両建て). Flags journals that debit and credit one account; such a journal moves nothing between accounts, and self-transfers are used to inflate turnover or hide a posting's purpose.
WITH both_sides AS (
  SELECT journal_id, fiscal_year, business_unit_code, gl_account_number,
         sum(amount) FILTER (WHERE debit_credit_indicator = 'D') AS debits,
         sum(amount) FILTER (WHERE debit_credit_indicator = 'C') AS credits
  FROM rule_entries WHERE amount >= ${min_amount}
  GROUP BY ALL HAVING min(debit_credit_indicator) <> max(debit_credit_indicator))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'account ' || b.gl_account_number || ' debited ' || b.debits || ' and credited ' || b.credits || ' in the same journal' AS message
FROM rule_entries l JOIN both_sides b ON b.journal_id = l.journal_id AND b.fiscal_year = l.fiscal_year
 AND b.business_unit_code IS NOT DISTINCT FROM l.business_unit_code AND b.gl_account_number = l.gl_account_number
