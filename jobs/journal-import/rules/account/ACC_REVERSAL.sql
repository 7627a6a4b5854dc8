-- ACC_REVERSAL: Quick reversal (短期間の反対仕訳). Flags journals that exactly reverse an earlier journal within a few days; quick reversals can window-dress a period-end.
WITH sig AS (
  SELECT journal_id, fiscal_year, min(effective_date) AS d, max(amount) AS amt,
         list(gl_account_number || ':' || signed_amount ORDER BY gl_account_number || ':' || signed_amount) AS s,
         list(gl_account_number || ':' || (-signed_amount) ORDER BY gl_account_number || ':' || (-signed_amount)) AS rs
  FROM rule_entries GROUP BY ALL HAVING max(amount) >= ${min_amount}),
rev AS (
  SELECT r.journal_id, r.fiscal_year, any_value(o.journal_id) AS original, any_value(o.d) AS original_date
  FROM sig r JOIN sig o ON o.s = r.rs AND o.fiscal_year = r.fiscal_year AND o.journal_id <> r.journal_id
  WHERE r.d >= o.d AND r.d - o.d <= ${window_days} AND (r.d > o.d OR r.journal_id > o.journal_id) GROUP BY ALL)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'reverses journal ' || v.original || ' of ' || v.original_date || ' after ' || (l.effective_date - v.original_date) || ' days' AS message
FROM rule_entries l JOIN rev v USING (journal_id, fiscal_year)
