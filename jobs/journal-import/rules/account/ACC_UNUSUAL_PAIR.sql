-- ACC_UNUSUAL_PAIR: Unusual account pair (通常ない勘定科目の組合せ). Flags journals pairing a debit and a credit account that are each common but rarely appear together: the pair makes up less than a small share of the journals of either account, learned from the ledger's own frequencies, so the test does not depend on the ledger's size.
WITH small AS (SELECT journal_id, fiscal_year FROM rule_journals WHERE line_count <= ${max_lines}),
pairs AS (
  SELECT DISTINCT d.fiscal_year, d.journal_id, d.gl_account_number AS debit_account, c.gl_account_number AS credit_account
  FROM rule_entries d JOIN small USING (journal_id, fiscal_year)
  JOIN rule_entries c ON c.journal_id = d.journal_id AND c.fiscal_year = d.fiscal_year AND c.debit_credit_indicator = 'C'
  WHERE d.debit_credit_indicator = 'D' AND d.gl_account_number <> c.gl_account_number),
pair_counts AS (SELECT fiscal_year, debit_account, credit_account, count(*) AS n FROM pairs GROUP BY ALL),
usage AS (
  SELECT fiscal_year, gl_account_number, count(DISTINCT journal_id) FILTER (WHERE debit_credit_indicator = 'D') AS debits,
         count(DISTINCT journal_id) FILTER (WHERE debit_credit_indicator = 'C') AS credits
  FROM rule_entries GROUP BY ALL),
odd AS (
  SELECT p.fiscal_year, p.journal_id, p.debit_account, p.credit_account, pc.n, du.debits, cu.credits FROM pairs p
  JOIN pair_counts pc USING (fiscal_year, debit_account, credit_account)
  JOIN usage du ON du.fiscal_year = p.fiscal_year AND du.gl_account_number = p.debit_account
  JOIN usage cu ON cu.fiscal_year = p.fiscal_year AND cu.gl_account_number = p.credit_account
  WHERE du.debits >= ${min_account_journals} AND cu.credits >= ${min_account_journals}
    AND pc.n < ${max_pair_share} * du.debits AND pc.n < ${max_pair_share} * cu.credits)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'debit ' || o.debit_account || ' / credit ' || o.credit_account || ' appears in only ' || o.n || ' journals, against ' || o.debits || ' debiting ' || o.debit_account || ' and ' || o.credits || ' crediting ' || o.credit_account AS message
FROM rule_entries l JOIN odd o ON o.fiscal_year = l.fiscal_year AND o.journal_id = l.journal_id
 AND l.gl_account_number IN (o.debit_account, o.credit_account)
QUALIFY row_number() OVER (PARTITION BY l.gl_detail_id) = 1
