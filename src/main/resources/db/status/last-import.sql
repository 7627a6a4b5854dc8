-- The most recent entry of the imports ledger.
SELECT import_id, job_execution_id, file_name, status, rows_loaded, rows_rejected, fiscal_years, loaded_at
FROM imports
ORDER BY loaded_at DESC NULLS LAST, import_id DESC
LIMIT 1
