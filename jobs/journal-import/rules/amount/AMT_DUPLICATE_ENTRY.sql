-- AMT_DUPLICATE_ENTRY: Duplicate entry (重複仕訳). Flags every journal of a group whose lines share account, amount, side and effective date with another journal's; duplicates pay or book the same thing twice, and both copies are needed to decide which one stands.
-- Candidate groups are found on a hash of the five fields, then grouped exactly, so only their lines are compared.
WITH candidate AS (
  SELECT hash(fiscal_year, business_unit_code, gl_account_number, amount, effective_date, debit_credit_indicator) AS k
  FROM rule_entries WHERE amount >= ${min_amount} GROUP BY k HAVING min(hash(journal_id)) <> max(hash(journal_id))),
lines AS (
  SELECT * FROM rule_entries
  WHERE amount >= ${min_amount} AND hash(fiscal_year, business_unit_code, gl_account_number, amount, effective_date, debit_credit_indicator) IN (SELECT k FROM candidate)),
g AS (
  SELECT fiscal_year, business_unit_code, gl_account_number, amount, effective_date, debit_credit_indicator,
         min(journal_id) AS first_journal, max(journal_id) AS last_journal
  FROM lines GROUP BY ALL HAVING min(journal_id) <> max(journal_id))
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'same account ' || l.gl_account_number || ', amount ' || l.amount || ' and date ' || l.effective_date || ' as journal ' || CASE WHEN l.journal_id = g.first_journal THEN g.last_journal ELSE g.first_journal END AS message
FROM lines l JOIN g USING (fiscal_year, business_unit_code, gl_account_number, amount, effective_date, debit_credit_indicator)
