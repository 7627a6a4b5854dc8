-- ACC_SUSPENSE_BALANCE: Suspense account balance (仮勘定の残高). Flags the lines building a suspense account's net balance for the year when it reaches a threshold; suspense should clear to zero.
WITH b AS (SELECT fiscal_year, gl_account_number, sum(signed_amount) AS balance FROM rule_lines
           WHERE account_class = 'suspense' GROUP BY ALL HAVING abs(sum(signed_amount)) >= ${min_balance})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'suspense account ' || l.gl_account_number || ' holds a net balance of ' || b.balance || ' for the year' AS message
FROM rule_lines l JOIN b USING (fiscal_year, gl_account_number) WHERE sign(l.signed_amount) = sign(b.balance)
