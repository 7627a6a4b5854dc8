-- ACC_CASH_CREDIT_UNUSUAL_DEBIT: Cash paid out against an unusual account (通常でない相手科目への現金支出). Flags credits to cash where the journal debits revenue, equity, suspense or intercompany accounts; cash leaving against such accounts is a misappropriation pattern.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'cash credited ' || l.amount || ' against debits to ' || array_to_string(j.debit_classes, ', ') AS message
FROM rule_lines l JOIN rule_journals j USING (journal_id, fiscal_year)
WHERE l.account_class = 'cash' AND l.debit_credit_indicator = 'C' AND list_has_any(j.debit_classes, ${unusual_debit_classes})
