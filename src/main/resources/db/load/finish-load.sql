-- The second half of an import's load transaction, after JournalLoader has fetched the original text of the lines
-- in load_rejected_lines into the file getvariable('raw_lines') (source_line_number, raw_line); its values are session
-- variables bound by JournalLoader.

-- Lines of rejected journals move to rejected_rows with their original text...
INSERT INTO rejected_rows
SELECT getvariable('import_id'), r.source_line_number, r.journal_id, r.column_name, r.reason_code, r.message, w.raw_line
FROM load_rejected_lines r
LEFT JOIN read_csv(getvariable('raw_lines'), header = false, delim = ',', quote = '"', escape = '"', auto_detect = false,
                   columns = {'source_line_number': 'BIGINT', 'raw_line': 'VARCHAR'}) w
       ON w.source_line_number = r.source_line_number
;
-- ...and out of journal_entries.
DELETE FROM journal_entries
WHERE import_id = getvariable('import_id')
  AND source_line_number IN (SELECT source_line_number FROM load_rejected_lines)
;
-- The ledger entry that makes this load happen once: it commits with the rows.
INSERT INTO imports (import_id, job_execution_id, file_name, file_sha256, file_size, file_format, file_encoding,
                     business_unit_code, status, rows_read, rows_loaded, rows_rejected, journals_loaded,
                     journals_rejected, debit_total, credit_total, unknown_accounts, fiscal_years, ignored_columns,
                     started_at, loaded_at, amounts_normalised)
WITH loaded AS (
    SELECT count(*) AS lines, count(DISTINCT (business_unit_code, journal_id)) AS journals,
           coalesce(sum(CASE WHEN debit_credit_indicator = 'D' THEN amount END), 0) AS debits,
           coalesce(sum(CASE WHEN debit_credit_indicator = 'C' THEN amount END), 0) AS credits,
           count(*) FILTER (WHERE account_known = false) AS unknown_accounts,
           string_agg(DISTINCT fiscal_year::VARCHAR, ',' ORDER BY fiscal_year::VARCHAR) AS fiscal_years,
           string_agg(DISTINCT business_unit_code, ',' ORDER BY business_unit_code) AS business_units
    FROM journal_entries WHERE import_id = getvariable('import_id')
), rejected AS (
    SELECT count(*) AS lines, count(DISTINCT journal_id) AS journals
    FROM rejected_rows WHERE import_id = getvariable('import_id')
)
SELECT getvariable('import_id'), getvariable('job_execution_id'), getvariable('file_name'), getvariable('file_sha256'), getvariable('file_size'), getvariable('file_format'),
       getvariable('file_encoding'), coalesce(loaded.business_units, getvariable('business_unit')), 'LOADED', loaded.lines + rejected.lines, loaded.lines, rejected.lines,
       loaded.journals, rejected.journals, loaded.debits, loaded.credits, loaded.unknown_accounts,
       loaded.fiscal_years, getvariable('ignored_columns'), getvariable('started_at'), now(), getvariable('amounts_normalised')
FROM loaded, rejected
;
-- Earlier imports whose journals this one replaced: replaced when none of their lines is left, else partly replaced.
UPDATE imports SET status = CASE WHEN EXISTS (SELECT 1 FROM journal_entries e WHERE e.import_id = imports.import_id)
                                 THEN 'partly replaced' ELSE 'replaced' END,
                   replaced_by = getvariable('import_id')
WHERE import_id IN (SELECT import_id FROM load_replaced_journals)
