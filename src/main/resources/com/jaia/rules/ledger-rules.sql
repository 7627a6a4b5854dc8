-- Each rule's outcome in a run (status, reason, share of the run's journals) with its hits on one ledger of the run.
SELECT o.rule_id, o.status, o.reason, o.journal_share AS run_journal_share,
       coalesce(h.hits, 0) AS hits, coalesce(h.journals_hit, 0) AS journals_hit
FROM rule_run_results o
LEFT JOIN rule_run_ledger_results h ON h.run_id = o.run_id AND h.rule_id = o.rule_id AND h.fiscal_year = :fiscalYear
     AND h.business_unit_code IS NOT DISTINCT FROM CAST(:businessUnit AS VARCHAR)
WHERE o.run_id = :runId
ORDER BY o.rule_id
