-- ACC_CASH_CREDIT_UNUSUAL_DEBIT: Cash paid out against an unusual account (通常でない相手科目への現金支出). Flags credits to cash where the journal debits revenue, equity or suspense accounts; cash leaving against such accounts is a misappropriation pattern (settling intercompany balances in cash is ordinary and left to the intercompany rules).
WITH cash AS (SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, amount FROM rule_lines
              WHERE account_class = 'cash' AND debit_credit_indicator = 'C'),
debits AS (SELECT journal_id, fiscal_year, business_unit_code, list_distinct(list(account_class)) AS debit_classes
           FROM rule_lines d SEMI JOIN cash USING (journal_id, fiscal_year, business_unit_code)
           WHERE d.debit_credit_indicator = 'D' GROUP BY ALL)
SELECT c.gl_detail_id, c.journal_id, c.fiscal_year, c.business_unit_code, 'cash credited ' || c.amount || ' against debits to ' || array_to_string(j.debit_classes, ', ') AS message
FROM cash c JOIN debits j USING (journal_id, fiscal_year, business_unit_code)
WHERE list_has_any(j.debit_classes, ${unusual_debit_classes})
