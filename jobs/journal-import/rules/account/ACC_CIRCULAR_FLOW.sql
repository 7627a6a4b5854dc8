-- ACC_CIRCULAR_FLOW: Circular flow between accounts (勘定間の循環取引). Flags chains of two to four journals, each moving about the same amount on from the account the previous one paid into, that bring the money back to the account it left within a short window (A to B to C to A); round-tripping inflates turnover and hides where money went.
-- Edges are the journals that move money from one credit account to one debit account. Each hop is compared with the
-- hop before it (a ring that skims a fee at every hop still closes), and all hops fall within one window, in whatever
-- order they were dated: which way an entry runs depends on whether the accounts are assets or liabilities. Amounts are
-- bucketed on a log scale as wide as the tolerance, so each step is an equi-join on (account, bucket) bounded by the
-- window, never a join of every journal with every other.
WITH e AS (
  SELECT journal_id, fiscal_year, business_unit_code, effective_date AS d, credit_account AS src, debit_account AS dst,
         debit_total AS amt, CAST(floor(ln(debit_total) / -ln(1 - ${tolerance})) AS BIGINT) AS bucket
  FROM rule_journals
  WHERE debit_account IS NOT NULL AND credit_account IS NOT NULL AND debit_account <> credit_account
    AND debit_total >= ${min_amount}),
near AS (SELECT e.*, e.bucket + o AS near FROM e CROSS JOIN (VALUES (-1), (0), (1)) t(o)),
step2 AS (
  SELECT s.journal_id AS j1, s.fiscal_year, s.business_unit_code, s.src AS origin, s.amt AS amt1,
         n.journal_id AS j2, n.dst AS at2, n.amt AS amt2, n.bucket AS bucket2,
         least(s.d, n.d) AS lo, greatest(s.d, n.d) AS hi
  FROM e s JOIN near n ON n.src = s.dst AND n.near = s.bucket AND n.fiscal_year = s.fiscal_year
   AND n.business_unit_code IS NOT DISTINCT FROM s.business_unit_code
  WHERE n.d BETWEEN s.d - ${window_days} AND s.d + ${window_days} AND n.journal_id <> s.journal_id
    AND abs(n.amt - s.amt) <= ${tolerance} * greatest(n.amt, s.amt)),
step3 AS (
  SELECT p.*, n.journal_id AS j3, n.dst AS at3, n.amt AS amt3, n.bucket AS bucket3,
         least(p.lo, n.d) AS lo3, greatest(p.hi, n.d) AS hi3
  FROM step2 p JOIN near n ON n.src = p.at2 AND n.near = p.bucket2 AND n.fiscal_year = p.fiscal_year
   AND n.business_unit_code IS NOT DISTINCT FROM p.business_unit_code
  WHERE p.at2 <> p.origin AND n.d BETWEEN p.hi - ${window_days} AND p.lo + ${window_days}
    AND n.journal_id NOT IN (p.j1, p.j2) AND abs(n.amt - p.amt2) <= ${tolerance} * greatest(n.amt, p.amt2)),
step4 AS (
  SELECT p.*, n.journal_id AS j4
  FROM step3 p JOIN near n ON n.src = p.at3 AND n.near = p.bucket3 AND n.fiscal_year = p.fiscal_year
   AND n.business_unit_code IS NOT DISTINCT FROM p.business_unit_code
  WHERE p.at3 <> p.origin AND n.dst = p.origin AND n.d BETWEEN p.hi3 - ${window_days} AND p.lo3 + ${window_days}
    AND n.journal_id NOT IN (p.j1, p.j2, p.j3) AND abs(n.amt - p.amt3) <= ${tolerance} * greatest(n.amt, p.amt3)),
cycles AS (
  SELECT fiscal_year, business_unit_code, [j1, j2] AS journals, 2 AS steps, origin, amt1 FROM step2 WHERE at2 = origin
  UNION ALL
  SELECT fiscal_year, business_unit_code, [j1, j2, j3], 3, origin, amt1 FROM step3 WHERE at3 = origin
  UNION ALL
  SELECT fiscal_year, business_unit_code, [j1, j2, j3, j4], 4, origin, amt1 FROM step4),
cycle_members AS (
  SELECT fiscal_year, business_unit_code, unnest(journals) AS journal_id, steps, origin, amt1,
         array_to_string(journals, ' > ') AS chain
  FROM cycles),
members AS (
  SELECT fiscal_year, business_unit_code, journal_id, min(steps) AS steps, any_value(origin) AS origin,
         any_value(amt1) AS amount, any_value(chain) AS chain
  FROM cycle_members GROUP BY fiscal_year, business_unit_code, journal_id)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'about ' || m.amount || ' leaves account ' || m.origin || ' and returns to it through ' || m.steps || ' journals within ' || ${window_days} || ' days (' || m.chain || ')' AS message
FROM rule_entries l JOIN members m ON m.journal_id = l.journal_id AND m.fiscal_year = l.fiscal_year
 AND m.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
