-- Per rule: the journals of the evaluation it hit, in all, among the labelled and among the clean ones, with its
-- status in the latest rules run over the evaluated journals (ran, not_applicable, non_discriminating, ...).
WITH hits AS (
    SELECT DISTINCT v.rule_id, v.business_unit_code, v.fiscal_year, v.journal_id
    FROM rule_violations v
    JOIN eval_journals j
      ON v.business_unit_code IS NOT DISTINCT FROM j.business_unit_code
     AND v.fiscal_year = j.fiscal_year
     AND v.journal_id = j.journal_id
),
labelled AS (
    SELECT DISTINCT business_unit_code, fiscal_year, journal_id FROM eval_labelled WHERE score IS NOT NULL
),
counted AS (
    SELECT h.rule_id, count(*) AS journals, count(l.journal_id) AS labelled
    FROM hits h
    LEFT JOIN labelled l
      ON h.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
     AND h.fiscal_year = l.fiscal_year
     AND h.journal_id = l.journal_id
    GROUP BY h.rule_id
),
statuses AS (
    SELECT rule_id, any_value(status) AS status
    FROM rule_run_results
    WHERE run_id = (SELECT max(run_id) FROM eval_journals)
    GROUP BY rule_id
)
SELECT coalesce(c.rule_id, s.rule_id) AS rule_id, s.status, coalesce(c.journals, 0) AS journals,
       coalesce(c.labelled, 0) AS labelled
FROM counted c
FULL JOIN statuses s ON c.rule_id = s.rule_id
ORDER BY journals DESC, rule_id;
