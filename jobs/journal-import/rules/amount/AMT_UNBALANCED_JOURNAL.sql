-- AMT_UNBALANCED_JOURNAL: Unbalanced journal (貸借不一致の仕訳). Flags journals whose debits and credits differ; an unbalanced journal cannot come from a controlled posting process.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'journal debits ' || j.debit_total || ' differ from credits ' || j.credit_total AS message
FROM rule_entries l JOIN rule_journals j USING (journal_id, fiscal_year, business_unit_code)
WHERE abs(j.debit_total - j.credit_total) > ${tolerance}
