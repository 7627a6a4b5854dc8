-- DSC_EMPTY: Empty description (摘要なし). Flags lines without a description in a ledger that otherwise has them; an unexplained entry cannot be vouched.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'no description' AS message FROM rule_entries l WHERE nullif(trim(l.je_line_description), '') IS NULL
