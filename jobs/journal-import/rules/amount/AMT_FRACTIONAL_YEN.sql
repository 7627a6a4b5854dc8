-- AMT_FRACTIONAL_YEN: Fractional yen amount (円未満端数のある円建金額). Flags yen amounts with a fraction of a yen; yen has no minor unit, so fractions point to manual calculation or conversion errors.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'yen amount ' || l.amount || ' has a fraction' AS message
FROM rule_entries l WHERE upper(l.amount_currency) = 'JPY' AND l.amount <> floor(l.amount)
