-- AMT_JUST_BELOW_ROUND: Just below a round figure (大台直前の金額). Flags amounts just short of a round figure (4,999,500); staying under a round threshold is a classic way to avoid review.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' is ' || (${unit} - l.amount % ${unit}) || ' below a multiple of ' || ${unit} AS message
FROM rule_entries l
WHERE l.amount >= ${min_amount} AND l.amount % ${unit} <> 0 AND ${unit} - l.amount % ${unit} <= ${gap}
