-- AMT_JUST_BELOW_LIMIT: Just below an approval limit (承認限度額直前の金額). Flags amounts within a small margin below any approval limit in the users master; amounts tailored to dodge a higher approver are a standard JET test.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'amount ' || l.amount || ' is just below the approval limit ' || t.approval_limit AS message
FROM rule_lines l
JOIN (SELECT DISTINCT approval_limit FROM users WHERE approval_limit > 0) t
  ON l.amount >= t.approval_limit * (1 - ${pct}) AND l.amount < t.approval_limit
QUALIFY row_number() OVER (PARTITION BY l.gl_detail_id ORDER BY t.approval_limit) = 1
