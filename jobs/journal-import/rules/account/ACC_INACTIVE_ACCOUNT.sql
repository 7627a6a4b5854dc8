-- ACC_INACTIVE_ACCOUNT: Posting to an inactive account (無効な勘定科目への計上). Flags postings to accounts the chart marks inactive; closed accounts should carry no new entries.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'account ' || l.gl_account_number || ' is inactive in the chart' AS message
FROM rule_lines l WHERE l.account_active = false
