-- ACC_SUSPENSE_USAGE: Posting to a suspense account (仮勘定への計上). Flags material postings to suspense accounts (仮払金/仮受金); suspense balances park items nobody has explained.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' posted to suspense account ' || l.gl_account_number || ' ' || coalesce(l.account_name, '') AS message
FROM rule_lines l WHERE l.account_class = 'suspense' AND l.amount >= ${min_amount}
