-- The violations in the order the API lists them (highest score first), numbered from 1 and joined once to their
-- line's account, users, amount and date, so that a page is a range of positions and a count scans one table.
-- Rebuilt in one transaction with the token of what it was built from (violation-list-token.sql).
CREATE OR REPLACE TABLE violation_list AS
SELECT row_number() OVER (ORDER BY v.score DESC, v.journal_id, v.gl_detail_id, v.rule_id, v.fiscal_year,
                                   v.business_unit_code) AS pos,
       v.gl_detail_id, v.journal_id, v.fiscal_year, v.business_unit_code, v.rule_id, v.category, v.severity, v.score,
       v.message, v.run_id, je.gl_account_number, je.amount, je.debit_credit_indicator, je.effective_date,
       je.prepared_by, je.approved_by
FROM rule_violations v
LEFT JOIN journal_entries je
       ON je.gl_detail_id = v.gl_detail_id AND je.fiscal_year = v.fiscal_year
      AND je.business_unit_code IS NOT DISTINCT FROM v.business_unit_code
ORDER BY pos
;
DELETE FROM violation_list_state
;
INSERT INTO violation_list_state VALUES (?)
;
