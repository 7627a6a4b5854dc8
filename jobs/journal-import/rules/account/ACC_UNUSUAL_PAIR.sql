-- ACC_UNUSUAL_PAIR: Unusual account pair (通常ない勘定科目の組合せ). Flags journals pairing a debit and a credit account that are each common but rarely appear together: the pair makes up less than a small share of either account's journals, learned from the ledger's own frequencies whatever its size.
-- Counting works on each journal's accounts per side once (ja), with journals told apart by a 64-bit hash of their id
-- (two ids sharing a hash, about once in ten million ledgers, would shift a count by one); the journals flagged are
-- then found again by their real ids.
WITH ja AS (
  SELECT fiscal_year, hash(journal_id, business_unit_code) AS jh, debit_credit_indicator AS side, gl_account_number AS account
  FROM rule_entries GROUP BY ALL),
usage AS (
  SELECT fiscal_year, account, count(*) FILTER (WHERE side = 'D') AS debits, count(*) FILTER (WHERE side = 'C') AS credits
  FROM ja GROUP BY ALL),
small AS (SELECT hash(journal_id, business_unit_code) AS jh, fiscal_year FROM rule_journals WHERE line_count <= ${max_lines}),
pair_counts AS (
  SELECT d.fiscal_year, d.account AS debit_account, c.account AS credit_account, count(*) AS n
  FROM ja d JOIN small USING (jh, fiscal_year)
  JOIN ja c ON c.jh = d.jh AND c.fiscal_year = d.fiscal_year AND c.side = 'C'
  WHERE d.side = 'D' AND d.account <> c.account GROUP BY ALL),
rare AS (
  SELECT pc.fiscal_year, pc.debit_account, pc.credit_account, pc.n, du.debits, cu.credits FROM pair_counts pc
  JOIN usage du ON du.fiscal_year = pc.fiscal_year AND du.account = pc.debit_account
  JOIN usage cu ON cu.fiscal_year = pc.fiscal_year AND cu.account = pc.credit_account
  WHERE du.debits >= ${min_account_journals} AND cu.credits >= ${min_account_journals}
    AND pc.n < ${max_pair_share} * du.debits AND pc.n < ${max_pair_share} * cu.credits),
odd AS (
  SELECT DISTINCT d.fiscal_year, d.business_unit_code, d.journal_id, r.debit_account, r.credit_account, r.n, r.debits, r.credits
  FROM rare r JOIN rule_entries d ON d.fiscal_year = r.fiscal_year AND d.gl_account_number = r.debit_account AND d.debit_credit_indicator = 'D'
  JOIN rule_journals s ON s.journal_id = d.journal_id AND s.fiscal_year = d.fiscal_year AND s.business_unit_code = d.business_unit_code AND s.line_count <= ${max_lines}
  JOIN rule_entries c ON c.journal_id = d.journal_id AND c.fiscal_year = d.fiscal_year AND c.business_unit_code = d.business_unit_code AND c.debit_credit_indicator = 'C'
   AND c.gl_account_number = r.credit_account)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'debit ' || o.debit_account || ' / credit ' || o.credit_account || ' appears in only ' || o.n || ' journals, against ' || o.debits || ' debiting ' || o.debit_account || ' and ' || o.credits || ' crediting ' || o.credit_account AS message
FROM rule_entries l JOIN odd o ON o.fiscal_year = l.fiscal_year AND o.business_unit_code = l.business_unit_code AND o.journal_id = l.journal_id
 AND l.gl_account_number IN (o.debit_account, o.credit_account)
QUALIFY row_number() OVER (PARTITION BY l.gl_detail_id, l.fiscal_year, l.business_unit_code) = 1
