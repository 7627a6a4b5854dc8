-- BEN_FIRST_USER: Benford first digit test by user (ベンフォード第1桁検定（ユーザー別）). Tests Benford's law for the first digit per user (mean absolute deviation against Nigrini's nonconformity bound) and flags lines carrying the over-represented digits; invented numbers rarely follow the natural distribution.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code,
       'first digit ' || x.digit || ' makes ' || round(100 * x.actual, 1) || '% of ' || 'user ' || x.pop || ' (Benford ' || round(100 * x.expected, 1) || '%), MAD ' || round(x.mad, 4) || ' > ' || ${mad_threshold} AS message
FROM rule_entries l JOIN benford_excess('first', 'user', ${min_count}, ${mad_threshold}, ${min_excess}) x ON x.fiscal_year = l.fiscal_year AND x.pop = l.prepared_by AND x.digit = left(CAST(CAST(floor(l.amount) AS BIGINT) AS VARCHAR), 1)
WHERE l.amount >= 1
