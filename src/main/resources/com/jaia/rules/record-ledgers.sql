-- Records, inside the run's write transaction, what each ledger of the run got: journals, flagged and capped journals,
-- and each rule's hits; and the calibration settings the run used.
INSERT INTO rule_run_ledgers
SELECT ${run_id}, fiscal_year, business_unit_code, count(*), count(*) FILTER (WHERE band IN ('critical', 'high')),
       count(*) FILTER (WHERE capped)
FROM run_journal_risk
GROUP BY fiscal_year, business_unit_code;

INSERT INTO rule_run_ledger_results
SELECT ${run_id}, fiscal_year, business_unit_code, rule_id, count(*), count(DISTINCT journal_id)
FROM rule_violations
WHERE run_id = ${run_id}
GROUP BY fiscal_year, business_unit_code, rule_id;

UPDATE rule_runs SET max_hit_share = ${max_hit_share}, always_weighted = ${always_weighted} WHERE run_id = ${run_id};
