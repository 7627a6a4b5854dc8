-- Takes one import back, in one transaction (JournalRollback): getvariable('import_id') is its id. Its journals' rule hits,
-- scores and reviews, its rejected rows and its lines leave; the imports ledger keeps its row as rolled back.
CREATE OR REPLACE TEMP TABLE rollback_journals AS
SELECT DISTINCT business_unit_code, fiscal_year, journal_id FROM journal_entries WHERE import_id = getvariable('import_id')
;
DELETE FROM rule_violations v USING rollback_journals r
WHERE v.business_unit_code = r.business_unit_code AND v.fiscal_year = r.fiscal_year AND v.journal_id = r.journal_id
;
DELETE FROM risk_scores v USING rollback_journals r
WHERE v.business_unit_code = r.business_unit_code AND v.fiscal_year = r.fiscal_year AND v.journal_id = r.journal_id
;
DELETE FROM ml_scores v USING rollback_journals r
WHERE v.business_unit_code = r.business_unit_code AND v.fiscal_year = r.fiscal_year AND v.journal_id = r.journal_id
;
DELETE FROM llm_reviews WHERE import_id = getvariable('import_id')
;
DELETE FROM rejected_rows WHERE import_id = getvariable('import_id')
;
DELETE FROM journal_entries WHERE import_id = getvariable('import_id')
;
UPDATE imports SET status = 'rolled back' WHERE import_id = getvariable('import_id')
;
DROP TABLE rollback_journals
