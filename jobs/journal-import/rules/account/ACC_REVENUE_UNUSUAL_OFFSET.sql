-- ACC_REVENUE_UNUSUAL_OFFSET: Revenue against an unusual account (通常でない相手科目の売上計上). Flags revenue credited in journals whose debits touch no receivable, cash, deferred revenue or intercompany account; revenue booked against expenses or suspense is a classic fictitious-sales entry.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'revenue credited ' || l.amount || ' against debits to ' || coalesce(array_to_string(j.debit_classes, ', '), 'nothing') AS message
FROM rule_lines l JOIN rule_journals j USING (journal_id, fiscal_year)
WHERE l.account_class = 'revenue' AND l.debit_credit_indicator = 'C'
  AND NOT list_has_any(coalesce(j.debit_classes, []), ${expected_debit_classes})
