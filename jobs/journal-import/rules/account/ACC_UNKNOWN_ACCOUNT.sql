-- ACC_UNKNOWN_ACCOUNT: Account not in the chart (勘定科目表にない科目). Flags postings to account codes missing from the chart of accounts; they escape every account-based review.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'account ' || l.gl_account_number || ' is not in the chart of accounts' AS message
FROM rule_lines l WHERE NOT l.account_in_chart
