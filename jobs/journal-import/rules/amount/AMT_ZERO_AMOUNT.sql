-- AMT_ZERO_AMOUNT: Zero-amount line (ゼロ金額の明細). Flags lines with a zero amount; they carry no value but can hide edits or placeholder postings.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount is zero' AS message FROM rule_entries l WHERE l.amount = 0
