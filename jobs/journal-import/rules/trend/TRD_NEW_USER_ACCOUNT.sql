-- TRD_NEW_USER_ACCOUNT: User posting to an account they never use (通常扱わない科目への入力). Flags material lines a user posts to a busy account they otherwise never touch; unfamiliar users on an account bypass its routine.
WITH ua AS (SELECT fiscal_year, gl_account_number, prepared_by, count(*) AS n FROM rule_entries GROUP BY ALL),
a AS (SELECT fiscal_year, gl_account_number, count(*) AS n FROM rule_entries GROUP BY ALL)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, l.prepared_by || ' posted ' || l.amount || ' to account ' || l.gl_account_number || ', their only line among ' || a.n AS message
FROM rule_entries l JOIN ua USING (fiscal_year, gl_account_number, prepared_by) JOIN a USING (fiscal_year, gl_account_number)
WHERE ua.n <= ${max_user_lines} AND a.n - ua.n >= ${min_account_lines} AND l.amount >= ${min_amount}
