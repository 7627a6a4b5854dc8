-- AMT_REPEATING_DIGITS: Repeating-digit amount (同一数字の繰り返し金額). Flags amounts made of one repeated digit (777,777); such figures are typed, not computed, and often test or fictitious entries.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' repeats one digit' AS message
FROM rule_entries l
WHERE l.amount = floor(l.amount) AND l.amount >= ${min_amount}
  AND replace(CAST(CAST(l.amount AS BIGINT) AS VARCHAR), left(CAST(CAST(l.amount AS BIGINT) AS VARCHAR), 1), '') = ''
