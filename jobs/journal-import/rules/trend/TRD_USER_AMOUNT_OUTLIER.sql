-- TRD_USER_AMOUNT_OUTLIER: Amount out of scale for the user (ユーザーの通常規模を超える金額). Flags lines far larger than the preparer's usual line; a clerk suddenly posting large amounts may be acting outside their role.
WITH u AS (SELECT fiscal_year, prepared_by, median(amount) AS med FROM rule_lines GROUP BY ALL HAVING count(*) >= ${min_lines})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, l.prepared_by || ' posted ' || l.amount || ', over ' || ${factor} || ' times their median line ' || u.med AS message
FROM rule_lines l JOIN u USING (fiscal_year, prepared_by) WHERE u.med > 0 AND l.amount > ${factor} * u.med
