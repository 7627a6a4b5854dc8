-- TRD_USER_CONCENTRATION: User concentration on an account (特定ユーザーへの集中). Flags the lines of a user who prepares nearly all of a busy account's entries; concentration without rotation weakens detection.
WITH u AS (SELECT fiscal_year, gl_account_number, prepared_by, count(*) AS n,
                  sum(count(*)) OVER (PARTITION BY fiscal_year, gl_account_number) AS total
           FROM rule_entries WHERE prepared_by IS NOT NULL GROUP BY fiscal_year, gl_account_number, prepared_by)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, l.prepared_by || ' prepared ' || u.n || ' of ' || u.total || ' lines on account ' || l.gl_account_number AS message
FROM rule_entries l JOIN u USING (fiscal_year, gl_account_number, prepared_by)
WHERE u.total >= ${min_lines} AND u.n >= ${min_share} * u.total
