-- AMT_ROUND_AMOUNT: Round large amount (端数のない高額金額). Flags lines whose amount is an exact multiple of a large round unit; invented or estimated figures tend to be round, real invoices rarely are.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'round amount ' || l.amount || ' is a multiple of ' || ${unit} AS message
FROM rule_entries l WHERE l.amount >= ${min_amount} AND l.amount % ${unit} = 0
