-- ACC_INTERCOMPANY: Large intercompany posting (関係会社勘定への多額計上). Flags material postings to intercompany accounts; related-group balances are a common vehicle for moving results between entities.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' posted to intercompany account ' || l.gl_account_number || ' ' || coalesce(l.account_name, '') AS message
FROM rule_lines l WHERE l.account_class = 'intercompany' AND l.amount >= ${min_amount}
