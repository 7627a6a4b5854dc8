-- TRD_USER_AMOUNT_OUTLIER: Amount out of scale for the user (ユーザーの通常規模を超える金額). Flags lines far larger than the preparer's usual line, on a log scale (median plus k robust deviations of log10 amount); a clerk suddenly posting large amounts may be acting outside their role.
WITH u AS (
  SELECT fiscal_year, prepared_by, median(lg) AS med, mad(lg) AS mad
  FROM (SELECT fiscal_year, prepared_by, log10(amount) AS lg FROM rule_entries WHERE amount > 0)
  GROUP BY ALL HAVING count(*) >= ${min_lines})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, l.prepared_by || ' posted ' || l.amount || ', ' || round((log10(l.amount) - u.med) / (1.4826 * u.mad), 1) || ' robust deviations above their typical line ' || round(power(10, u.med)) || ' (log scale)' AS message
FROM rule_entries l JOIN u USING (fiscal_year, prepared_by)
WHERE u.mad > 0 AND l.amount > 0 AND log10(l.amount) > u.med + ${k} * 1.4826 * u.mad
