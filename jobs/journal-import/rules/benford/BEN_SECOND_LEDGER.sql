-- BEN_SECOND_LEDGER: Benford second digit test by ledger (ベンフォード第2桁検定（元帳全体）). Tests Benford's law for the second digit per ledger (mean absolute deviation against Nigrini's nonconformity bound) and flags lines carrying the over-represented digits; invented numbers rarely follow the natural distribution.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code,
       'second digit ' || x.digit || ' makes ' || round(100 * x.actual, 1) || '% of ' || 'the ledger' || ' (Benford ' || round(100 * x.expected, 1) || '%), MAD ' || round(x.mad, 4) || ' > ' || ${mad_threshold} AS message
FROM rule_entries l JOIN benford_excess('second', 'ledger', ${min_count}, ${mad_threshold}, ${min_excess}) x ON x.fiscal_year = l.fiscal_year AND x.digit = substr(CAST(CAST(floor(l.amount) AS BIGINT) AS VARCHAR), 2, 1)
WHERE l.amount >= 10
