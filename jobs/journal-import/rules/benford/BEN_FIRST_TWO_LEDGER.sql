-- BEN_FIRST_TWO_LEDGER: Benford first two digits test by ledger (ベンフォード先頭2桁検定（元帳全体）). Tests Benford's law for the first two digits per ledger (mean absolute deviation against Nigrini's nonconformity bound) and flags lines carrying the over-represented digits; invented numbers rarely follow the natural distribution.
WITH d AS (SELECT *, left(CAST(CAST(floor(amount) AS BIGINT) AS VARCHAR), 2) AS digit, 'ledger' AS pop FROM rule_entries WHERE amount >= 10 AND 'ledger' IS NOT NULL),
p AS (SELECT fiscal_year, pop, count(*) AS n FROM d GROUP BY ALL HAVING count(*) >= ${min_count}),
e AS (SELECT CAST(d AS VARCHAR) AS digit, log10(1 + 1 / d) AS expected FROM range(10, 100) t(d)),
o AS (SELECT fiscal_year, pop, digit, count(*) AS n FROM d WHERE (fiscal_year, pop) IN (SELECT (fiscal_year, pop) FROM p) GROUP BY ALL),
f AS (SELECT p.fiscal_year, p.pop, e.digit, e.expected, coalesce(o.n, 0) / p.n AS actual FROM p CROSS JOIN e
      LEFT JOIN o ON o.fiscal_year = p.fiscal_year AND o.pop = p.pop AND o.digit = e.digit),
m AS (SELECT fiscal_year, pop, avg(abs(actual - expected)) AS mad FROM f GROUP BY ALL HAVING avg(abs(actual - expected)) > ${mad_threshold}),
x AS (SELECT f.*, m.mad FROM f JOIN m USING (fiscal_year, pop) WHERE f.actual - f.expected > ${min_excess})
SELECT d.gl_detail_id, d.journal_id, d.fiscal_year, d.business_unit_code,
       'first two digits ' || d.digit || ' makes ' || round(100 * x.actual, 1) || '% of ' || 'the ledger' || ' (Benford ' || round(100 * x.expected, 1) || '%), MAD ' || round(x.mad, 4) || ' > ' || ${mad_threshold} AS message
FROM d JOIN x ON x.fiscal_year = d.fiscal_year AND x.pop = d.pop AND x.digit = d.digit
