-- The journals an evaluation covers, with their risk score and whether they are flagged (high or critical), and the
-- labelled journals matched to them. Input: the temp table eval_labels (business_unit_code and fiscal_year may be
-- null in labels files that do not carry them: the journal id alone then matches).
-- The scope is every (business unit, fiscal year) the labels name or a labelled journal was loaded in: other units
-- and years in the store are other ledgers.
CREATE OR REPLACE TEMP TABLE eval_journals AS
WITH scope AS (
    SELECT DISTINCT business_unit_code, fiscal_year
    FROM eval_labels
    WHERE business_unit_code IS NOT NULL AND fiscal_year IS NOT NULL
    UNION
    SELECT DISTINCT r.business_unit_code, r.fiscal_year
    FROM risk_scores r
    JOIN eval_labels l
      ON r.journal_id = l.journal_id
     AND (l.fiscal_year IS NULL OR r.fiscal_year = l.fiscal_year)
     AND (l.business_unit_code IS NULL OR r.business_unit_code IS NOT DISTINCT FROM l.business_unit_code)
)
SELECT r.business_unit_code, r.fiscal_year, r.journal_id,
       max(coalesce(r.journal_risk_score, r.risk_score)) AS score,
       bool_or(r.journal_risk_band IN ('critical', 'high')) AS flagged,
       max(r.run_id) AS run_id
FROM risk_scores r
JOIN scope s ON r.business_unit_code IS NOT DISTINCT FROM s.business_unit_code AND r.fiscal_year = s.fiscal_year
GROUP BY r.business_unit_code, r.fiscal_year, r.journal_id;

CREATE OR REPLACE TEMP TABLE eval_labelled AS
SELECT l.pattern, l.business_unit_code AS label_business_unit, l.fiscal_year AS label_fiscal_year,
       l.journal_id, j.business_unit_code, j.fiscal_year, j.score, j.flagged
FROM eval_labels l
LEFT JOIN eval_journals j
  ON j.journal_id = l.journal_id
 AND (l.fiscal_year IS NULL OR j.fiscal_year = l.fiscal_year)
 AND (l.business_unit_code IS NULL OR j.business_unit_code IS NOT DISTINCT FROM l.business_unit_code);

CREATE OR REPLACE TEMP TABLE eval_clean AS
SELECT j.*
FROM eval_journals j
ANTI JOIN eval_labelled l
  ON j.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
 AND j.fiscal_year = l.fiscal_year
 AND j.journal_id = l.journal_id;
