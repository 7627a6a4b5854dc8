-- Each ledger (fiscal year and business unit) as the latest completed rules run over it left it (a run over its fiscal
-- year of every business unit, or of its own),
-- optionally for one business unit or fiscal year; with the run's calibration settings and its journal count.
SELECT l.run_id, l.fiscal_year, l.business_unit_code, l.journals, l.journals_flagged, l.journals_capped,
       r.finished_at, r.max_flagged_share, r.max_hit_share, r.always_weighted,
       (SELECT sum(a.journals) FROM rule_run_ledgers a WHERE a.run_id = l.run_id) AS run_journals
FROM rule_run_ledgers l
JOIN rule_runs r ON r.run_id = l.run_id AND r.status = 'COMPLETED'
WHERE (CAST(:businessUnit AS VARCHAR) IS NULL OR l.business_unit_code = :businessUnit)
  AND (CAST(:fiscalYear AS INTEGER) IS NULL OR l.fiscal_year = :fiscalYear)
  AND l.run_id = (SELECT max(u.run_id) FROM rule_runs u
                  WHERE u.status = 'COMPLETED' AND list_contains(string_split(u.fiscal_years, ','), CAST(l.fiscal_year AS VARCHAR))
                    AND (u.business_unit IS NULL OR u.business_unit = coalesce(l.business_unit_code, '')))
ORDER BY l.business_unit_code, l.fiscal_year
