-- ACC_NON_POSTING_ACCOUNT: Posting to a summary account (集計科目への直接計上). Flags postings to summary (non-posting) accounts; totals should only be derived, never posted.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'account ' || l.gl_account_number || ' is a summary account' AS message
FROM rule_lines l WHERE l.account_posting = false
