-- What the violations list is derived from, in one cheap value: each rules run writes its hits with a new run id,
-- rollback and replace change the row counts, and counting a whole table reads only its metadata.
SELECT concat_ws(':', (SELECT count(*) FROM rule_violations), (SELECT coalesce(max(run_id), 0) FROM rule_violations),
                 (SELECT count(*) FROM journal_entries), (SELECT coalesce(max(run_id), 0) FROM rule_runs),
                 (SELECT coalesce(max(import_id), 0) FROM imports), (SELECT count(*) FROM imports))
