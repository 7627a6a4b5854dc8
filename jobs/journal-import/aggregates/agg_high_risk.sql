-- agg_high_risk: the journals an auditor should look at first, riskiest first.
-- One row per (fiscal_year, business_unit_code, journal_id) whose journal risk band is critical or high. The journal's
-- score and band are risk_scores.journal_risk_score / journal_risk_band (falling back to its riskiest line's
-- risk_score / risk_band). The table lists journals, so it has no '*' rows: the rows of all units are the overall list.
--   business_unit_code          of the journal
--   risk_rank                   1 = riskiest journal of the business unit in the fiscal year (ties broken by journal_id)
--   overall_rank                1 = riskiest journal of the fiscal year over all business units
--   journal_risk_score          0..100; journal_risk_band critical or high; max_ml_score the highest line ML score
--   accounting_period, effective_date, entry_date  earliest over the journal's lines
--   prepared_by, approved_by    of the journal (the largest value when lines disagree)
--   line_count                  journal lines; debit_total, credit_total sums of the 'D' and 'C' line amounts
--   account_list                the distinct accounts, comma-separated, ascending
--   violation_count, rule_ids   rule_violations rows of the journal and its distinct rule ids, comma-separated
--   top_factors                 the largest risk contributions of the riskiest line
INSERT INTO agg_high_risk (fiscal_year, journal_id, business_unit_code, risk_rank, overall_rank, journal_risk_score,
    journal_risk_band, max_ml_score, accounting_period, effective_date, entry_date, prepared_by, approved_by,
    line_count, debit_total, credit_total, account_list, violation_count, rule_ids, top_factors)
WITH risky AS (
    SELECT fiscal_year, business_unit_code, journal_id,
           max(coalesce(journal_risk_score, risk_score)) AS journal_risk_score,
           max(CASE coalesce(journal_risk_band, risk_band)
                   WHEN 'critical' THEN 5 WHEN 'high' THEN 4 WHEN 'medium' THEN 3 WHEN 'low' THEN 2 ELSE 1 END)
               AS band_rank,
           max(ml_score) AS max_ml_score,
           arg_max(top_factors, risk_score) AS top_factors
    FROM risk_scores
    WHERE list_contains(getvariable('fiscal_years'), fiscal_year) AND coalesce(journal_risk_band, risk_band) IN ('critical', 'high')
    GROUP BY fiscal_year, business_unit_code, journal_id
),
lines AS (
    SELECT j.fiscal_year, j.business_unit_code, j.journal_id,
           min(j.accounting_period) AS accounting_period,
           min(j.effective_date) AS effective_date,
           min(j.entry_date) AS entry_date,
           max(j.prepared_by) AS prepared_by,
           max(j.approved_by) AS approved_by,
           count(*) AS line_count,
           coalesce(sum(j.amount) FILTER (WHERE j.debit_credit_indicator = 'D'), 0) AS debit_total,
           coalesce(sum(j.amount) FILTER (WHERE j.debit_credit_indicator = 'C'), 0) AS credit_total,
           string_agg(DISTINCT j.gl_account_number, ',' ORDER BY j.gl_account_number) AS account_list
    FROM journal_entries j
    JOIN risky r ON r.fiscal_year = j.fiscal_year AND r.journal_id = j.journal_id
        AND r.business_unit_code IS NOT DISTINCT FROM j.business_unit_code
    WHERE list_contains(getvariable('fiscal_years'), j.fiscal_year)
    GROUP BY j.fiscal_year, j.business_unit_code, j.journal_id
),
violations AS (
    SELECT v.fiscal_year, v.business_unit_code, v.journal_id, count(*) AS violation_count,
           string_agg(DISTINCT v.rule_id, ',' ORDER BY v.rule_id) AS rule_ids
    FROM rule_violations v
    JOIN risky r ON r.fiscal_year = v.fiscal_year AND r.journal_id = v.journal_id
        AND r.business_unit_code IS NOT DISTINCT FROM v.business_unit_code
    WHERE list_contains(getvariable('fiscal_years'), v.fiscal_year)
    GROUP BY v.fiscal_year, v.business_unit_code, v.journal_id
)
SELECT r.fiscal_year, r.journal_id, r.business_unit_code,
       row_number() OVER (PARTITION BY r.fiscal_year, r.business_unit_code
                          ORDER BY r.journal_risk_score DESC, r.journal_id),
       row_number() OVER (PARTITION BY r.fiscal_year
                          ORDER BY r.journal_risk_score DESC, r.journal_id, r.business_unit_code),
       r.journal_risk_score, CASE r.band_rank WHEN 5 THEN 'critical' ELSE 'high' END, r.max_ml_score,
       l.accounting_period, l.effective_date, l.entry_date, l.prepared_by, l.approved_by,
       coalesce(l.line_count, 0), coalesce(l.debit_total, 0), coalesce(l.credit_total, 0), l.account_list,
       coalesce(v.violation_count, 0), v.rule_ids, r.top_factors
FROM risky r
LEFT JOIN lines l ON l.fiscal_year = r.fiscal_year AND l.journal_id = r.journal_id
    AND l.business_unit_code IS NOT DISTINCT FROM r.business_unit_code
LEFT JOIN violations v ON v.fiscal_year = r.fiscal_year AND v.journal_id = r.journal_id
    AND v.business_unit_code IS NOT DISTINCT FROM r.business_unit_code;
