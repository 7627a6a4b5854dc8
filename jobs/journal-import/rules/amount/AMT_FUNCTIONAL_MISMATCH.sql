-- AMT_FUNCTIONAL_MISMATCH: Functional amount mismatch (機能通貨額の不一致). Flags yen lines whose functional amount differs from the transaction amount; both must agree when the currency is the functional one.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'yen amount ' || l.amount || ' but functional amount ' || l.functional_amount AS message
FROM rule_entries l WHERE upper(l.amount_currency) = 'JPY' AND l.functional_amount IS NOT NULL
  AND abs(l.functional_amount - l.amount) > ${tolerance}
