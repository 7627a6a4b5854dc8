-- TRD_DAILY_VOLUME_SPIKE: Daily volume spike (日次仕訳件数の急増). Flags lines entered on days with several times the usual number of journals; unusual bursts deserve a look at what drove them.
WITH d AS (SELECT fiscal_year, posted_date, count(DISTINCT (journal_id, business_unit_code)) AS n FROM rule_entries GROUP BY ALL),
t AS (SELECT fiscal_year, median(n) AS med FROM d GROUP BY ALL)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, d.n || ' journals entered on ' || l.posted_date || ' against a median day of ' || t.med AS message
FROM rule_entries l JOIN d USING (fiscal_year, posted_date) JOIN t USING (fiscal_year)
WHERE d.n >= ${min_journals} AND d.n >= ${factor} * t.med
