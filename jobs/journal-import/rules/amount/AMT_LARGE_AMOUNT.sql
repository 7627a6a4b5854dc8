-- AMT_LARGE_AMOUNT: Amount above materiality (重要性基準超の金額). Flags lines at or above the materiality amount; every material posting deserves a look.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' is at or above materiality ' || ${min_amount} AS message
FROM rule_entries l WHERE l.amount >= ${min_amount}
