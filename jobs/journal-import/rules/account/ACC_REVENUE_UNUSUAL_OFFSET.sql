-- ACC_REVENUE_UNUSUAL_OFFSET: Revenue against an unusual account (通常でない相手科目の売上計上). Flags revenue credited in journals whose debits touch no receivable, cash, deferred revenue or intercompany account; revenue booked against expenses or suspense is a classic fictitious-sales entry.
WITH revenue AS (SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, amount FROM rule_lines
                 WHERE account_class = 'revenue' AND debit_credit_indicator = 'C'),
debits AS (SELECT journal_id, fiscal_year, business_unit_code, list_distinct(list(account_class)) AS debit_classes
           FROM rule_lines d SEMI JOIN revenue USING (journal_id, fiscal_year, business_unit_code)
           WHERE d.debit_credit_indicator = 'D' GROUP BY ALL)
SELECT r.gl_detail_id, r.journal_id, r.fiscal_year, r.business_unit_code, 'revenue credited ' || r.amount || ' against debits to ' || coalesce(array_to_string(j.debit_classes, ', '), 'nothing') AS message
FROM revenue r LEFT JOIN debits j USING (journal_id, fiscal_year, business_unit_code)
WHERE NOT list_has_any(coalesce(j.debit_classes, []), ${expected_debit_classes})
