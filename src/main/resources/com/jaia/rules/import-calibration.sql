-- The calibration of the latest rules run for one import: the run's settings and cap, and each rule's outcome.
SELECT r.run_id, r.max_hit_share, r.always_weighted, r.max_flagged_share, r.journals_capped,
       o.rule_id, o.status, o.journal_share,
       (SELECT sum(a.journals) FROM rule_run_ledgers a WHERE a.run_id = r.run_id) AS run_journals
FROM rule_runs r
JOIN rule_run_results o ON o.run_id = r.run_id
WHERE r.run_id = (SELECT max(p.run_id) FROM ledger_profiles p WHERE p.import_id = :importId)
  AND r.status = 'COMPLETED'
ORDER BY o.journal_share DESC, o.rule_id
