-- APR_MISSING_APPROVAL: Missing approval (承認のない仕訳). Flags journals without an approver in a ledger that records approvals; unapproved entries bypass the key control.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'no approver for a journal of ' || j.debit_total AS message
FROM rule_entries l JOIN rule_journals j USING (journal_id, fiscal_year, business_unit_code)
WHERE nullif(trim(l.approved_by), '') IS NULL AND j.debit_total >= ${min_amount}
