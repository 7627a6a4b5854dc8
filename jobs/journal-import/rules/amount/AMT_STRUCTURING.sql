-- AMT_STRUCTURING: Structuring below a threshold (閾値直下への分割取引). Flags series of journals between the same counterparties (one vendor, or one account paying another) whose amounts fall just below a threshold several times within a short window, while amounts just above it are rare; a payment cut into pieces that each stay under an approval limit or a round reporting threshold. Thresholds are the approval limits of the users master and the round figures of the ledger's magnitude.
WITH thresholds AS (
  SELECT DISTINCT CAST(approval_limit AS DECIMAL(18, 2)) AS t FROM users WHERE approval_limit > 0
  UNION SELECT CAST(${round_threshold} AS DECIMAL(18, 2))
  UNION SELECT CAST(10 * ${round_threshold} AS DECIMAL(18, 2))),
flows AS (
  SELECT journal_id, fiscal_year, business_unit_code, effective_date AS d, debit_total AS amt,
         coalesce('vendor ' || vendor_code, 'from ' || credit_account || ' to ' || debit_account) AS counterparty
  FROM rule_journals WHERE vendor_code IS NOT NULL OR (debit_account IS NOT NULL AND credit_account IS NOT NULL)),
near AS (
  SELECT f.*, t.t, f.amt < t.t AS below
  FROM flows f JOIN thresholds t ON f.amt >= (1 - ${pct}) * t.t AND f.amt < (1 + ${pct}) * t.t),
pairs AS (
  SELECT fiscal_year, business_unit_code, counterparty, t FROM near GROUP BY ALL
  HAVING count(*) FILTER (WHERE below) >= ${min_count}
     AND count(*) FILTER (WHERE below) > 2 * count(*) FILTER (WHERE NOT below)),
series AS (
  SELECT n.*, count(*) OVER (PARTITION BY n.fiscal_year, n.business_unit_code, n.counterparty, n.t ORDER BY n.d
                             RANGE BETWEEN INTERVAL (${window_days}) DAY PRECEDING
                                       AND INTERVAL (${window_days}) DAY FOLLOWING) AS in_window
  FROM near n JOIN pairs p ON p.fiscal_year = n.fiscal_year
   AND p.business_unit_code IS NOT DISTINCT FROM n.business_unit_code AND p.counterparty = n.counterparty AND p.t = n.t
  WHERE n.below),
hits AS (
  SELECT journal_id, fiscal_year, business_unit_code, max(t) AS t, max(in_window) AS in_window,
         any_value(counterparty) AS counterparty, any_value(amt) AS amt
  FROM series WHERE in_window >= ${min_count} GROUP BY ALL)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'journal of ' || h.amt || ' is one of ' || h.in_window || ' just below ' || h.t || ' with ' || h.counterparty || ' within ' || ${window_days} || ' days' AS message
FROM rule_entries l JOIN hits h ON h.journal_id = l.journal_id AND h.fiscal_year = l.fiscal_year
 AND h.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
WHERE l.debit_credit_indicator = 'D'
