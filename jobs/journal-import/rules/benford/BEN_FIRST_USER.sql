-- BEN_FIRST_USER: Benford first digit test by user (ベンフォード第1桁検定（ユーザー別）). Tests Benford's law for the first digit per user (mean absolute deviation against Nigrini's nonconformity bound) and flags lines carrying the over-represented digits; invented numbers rarely follow the natural distribution.
WITH o AS (SELECT fiscal_year, prepared_by AS pop, first_digit AS digit, sum(n) AS n FROM rule_amount_digits
           WHERE NOT by_last_two AND first_digit IS NOT NULL AND prepared_by IS NOT NULL GROUP BY ALL),
p AS (SELECT fiscal_year, pop, sum(n) AS n FROM o GROUP BY ALL HAVING sum(n) >= ${min_count}),
e AS (SELECT CAST(d AS VARCHAR) AS digit, log10(1 + 1 / d) AS expected FROM range(1, 10) t(d)),
f AS (SELECT p.fiscal_year, p.pop, e.digit, e.expected, coalesce(o.n, 0) / p.n AS actual FROM p CROSS JOIN e
      LEFT JOIN o ON o.fiscal_year = p.fiscal_year AND o.pop = p.pop AND o.digit = e.digit),
m AS (SELECT fiscal_year, pop, avg(abs(actual - expected)) AS mad FROM f GROUP BY ALL HAVING avg(abs(actual - expected)) > ${mad_threshold}),
x AS (SELECT f.*, m.mad FROM f JOIN m USING (fiscal_year, pop) WHERE f.actual - f.expected > ${min_excess})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code,
       'first digit ' || x.digit || ' makes ' || round(100 * x.actual, 1) || '% of ' || 'user ' || x.pop || ' (Benford ' || round(100 * x.expected, 1) || '%), MAD ' || round(x.mad, 4) || ' > ' || ${mad_threshold} AS message
FROM rule_entries l JOIN x ON x.fiscal_year = l.fiscal_year AND x.pop = l.prepared_by AND x.digit = left(CAST(CAST(floor(l.amount) AS BIGINT) AS VARCHAR), 1)
WHERE l.amount >= 1
