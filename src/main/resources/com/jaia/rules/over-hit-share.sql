-- The rules that hit more than jaia.rules.max-hit-share of the journals of a ledger (fiscal year and business unit)
-- with enough journals to judge; HitShareGuard silences them there. Parameters, in order: the least journals a ledger
-- needs (HitShareGuard.MIN_JOURNALS), the share.
WITH ledgers AS (
    SELECT fiscal_year, business_unit_code, count(*) AS journals
    FROM rule_journals GROUP BY ALL HAVING count(*) >= ?
), hits AS (
    SELECT rule_id, fiscal_year, business_unit_code, count(DISTINCT journal_id) AS n
    FROM run_violations WHERE score > 0 GROUP BY ALL
)
SELECT h.rule_id, h.fiscal_year, h.business_unit_code, h.n / l.journals AS share
FROM hits h
JOIN ledgers l ON l.fiscal_year = h.fiscal_year AND l.business_unit_code IS NOT DISTINCT FROM h.business_unit_code
WHERE h.n > ? * l.journals
ORDER BY ALL
