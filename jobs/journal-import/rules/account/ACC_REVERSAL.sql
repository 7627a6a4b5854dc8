-- ACC_REVERSAL: Quick reversal (短期間の反対仕訳). Flags journals that exactly reverse an earlier journal within a few days; quick reversals can window-dress a period-end.
-- Journals are paired on an order-free signature (the sum of a hash of each line's account and signed amount),
-- then confirmed line by line, so only the candidate pairs pay for the exact comparison.
WITH sig AS (
  SELECT journal_id, fiscal_year, business_unit_code, min(effective_date) AS d, count(*) AS n,
         sum(hash(gl_account_number, signed_amount)::HUGEINT) AS s,
         sum(hash(gl_account_number, -signed_amount)::HUGEINT) AS rs
  FROM rule_entries GROUP BY ALL HAVING max(amount) >= ${min_amount}),
candidates AS (
  SELECT r.journal_id, r.fiscal_year, r.business_unit_code, o.journal_id AS original, o.d AS original_date
  FROM sig r JOIN sig o ON o.s = r.rs AND o.fiscal_year = r.fiscal_year AND o.business_unit_code = r.business_unit_code AND o.n = r.n AND o.journal_id <> r.journal_id
  WHERE r.d >= o.d AND r.d - o.d <= ${window_days} AND (r.d > o.d OR r.journal_id > o.journal_id)),
lines AS (
  SELECT journal_id, fiscal_year, business_unit_code,
         list(gl_account_number || ':' || signed_amount ORDER BY gl_account_number || ':' || signed_amount) AS s,
         list(gl_account_number || ':' || (-signed_amount) ORDER BY gl_account_number || ':' || (-signed_amount)) AS rs
  FROM rule_entries WHERE journal_id IN (SELECT journal_id FROM candidates UNION SELECT original FROM candidates)
  GROUP BY ALL),
rev AS (
  SELECT c.journal_id, c.fiscal_year, c.business_unit_code, any_value(c.original) AS original, any_value(c.original_date) AS original_date
  FROM candidates c JOIN lines r ON r.journal_id = c.journal_id AND r.fiscal_year = c.fiscal_year AND r.business_unit_code = c.business_unit_code
  JOIN lines o ON o.journal_id = c.original AND o.fiscal_year = c.fiscal_year AND o.business_unit_code = c.business_unit_code
  WHERE o.s = r.rs GROUP BY ALL)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'reverses journal ' || v.original || ' of ' || v.original_date || ' after ' || (l.effective_date - v.original_date) || ' days' AS message
FROM rule_entries l JOIN rev v USING (journal_id, fiscal_year, business_unit_code)
