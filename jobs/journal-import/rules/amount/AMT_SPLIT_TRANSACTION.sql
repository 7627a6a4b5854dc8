-- AMT_SPLIT_TRANSACTION: Split transaction (分割取引). Flags same-day journals by one preparer for one counterparty (the vendor, else the debited account), signed by one approver, that each stay under that approver's limit but together exceed it; splitting avoids the higher approval.
WITH j AS (
  SELECT fiscal_year, business_unit_code, journal_id, any_value(prepared_by) AS prepared_by, any_value(approved_by) AS approved_by,
         min(effective_date) AS effective_date,
         coalesce(max(nullif(vendor_code, '')), min(gl_account_number) FILTER (WHERE debit_credit_indicator = 'D')) AS party,
         sum(amount) FILTER (WHERE debit_credit_indicator = 'D') AS amount
  FROM rule_entries GROUP BY fiscal_year, business_unit_code, journal_id),
parts AS (SELECT j.*, u.approval_limit AS lim FROM j JOIN users u ON u.user_id = j.approved_by
          WHERE u.approval_limit > 0 AND j.amount < u.approval_limit AND j.amount >= u.approval_limit * ${min_part_share}),
g AS (
  SELECT fiscal_year, business_unit_code, prepared_by, approved_by, party, effective_date, any_value(lim) AS lim, sum(amount) AS total,
         count(*) AS parts
  FROM parts GROUP BY ALL HAVING count(*) >= ${min_parts} AND sum(amount) >= any_value(lim))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, g.parts || ' journals by ' || g.prepared_by || ' for ' || g.party || ' on ' || g.effective_date || ' total ' || g.total || ', each under approver ' || g.approved_by || '''s limit ' || g.lim AS message
FROM parts p JOIN g USING (fiscal_year, business_unit_code, prepared_by, approved_by, party, effective_date)
JOIN rule_entries l ON l.journal_id = p.journal_id AND l.fiscal_year = p.fiscal_year AND l.business_unit_code = p.business_unit_code
