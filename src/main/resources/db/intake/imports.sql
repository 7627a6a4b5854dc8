-- A page of the imports ledger (DuckDB), newest first, with the total.
SELECT import_id, job_execution_id, file_name, file_sha256, file_size, file_format, business_unit_code, status,
       rows_read, rows_loaded, rows_rejected, journals_loaded, journals_rejected, fiscal_years, started_at, loaded_at,
       COUNT(*) OVER () AS total
FROM imports
ORDER BY import_id DESC
LIMIT :size OFFSET :offset
