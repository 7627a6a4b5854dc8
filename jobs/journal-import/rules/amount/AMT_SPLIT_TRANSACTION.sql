-- AMT_SPLIT_TRANSACTION: Split transaction (分割取引). Flags same-day postings by one preparer to one account that each stay under the approver's limit but together exceed it; splitting avoids the higher approval.
WITH p AS (
  SELECT l.*, coalesce(l.approver_limit, l.preparer_limit) AS lim FROM rule_lines l WHERE l.debit_credit_indicator = 'D'),
g AS (
  SELECT fiscal_year, prepared_by, gl_account_number, effective_date, any_value(lim) AS lim, sum(amount) AS total,
         count(DISTINCT journal_id) AS parts
  FROM p WHERE lim > 0 AND amount < lim AND amount >= lim * ${min_part_share}
  GROUP BY ALL HAVING count(DISTINCT journal_id) >= ${min_parts} AND sum(amount) >= any_value(lim))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, g.parts || ' postings by ' || l.prepared_by || ' on ' || l.effective_date || ' total ' || g.total || ', each under the limit ' || g.lim AS message
FROM p l JOIN g USING (fiscal_year, prepared_by, gl_account_number, effective_date)
WHERE l.amount < g.lim AND l.amount >= g.lim * ${min_part_share}
