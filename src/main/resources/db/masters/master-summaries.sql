-- Each master table's row count with its last successful load.
WITH counts AS (
    SELECT 'accounts' AS master, (SELECT count(*) FROM accounts) AS row_count
    UNION ALL SELECT 'users', (SELECT count(*) FROM users)
    UNION ALL SELECT 'departments', (SELECT count(*) FROM departments)
    UNION ALL SELECT 'vendors', (SELECT count(*) FROM vendors)
), last_load AS (
    SELECT master, arg_max(file_name, loaded_at) AS file_name, arg_max(file_sha256, loaded_at) AS file_sha256,
           arg_max(rows_before, loaded_at) AS rows_before, arg_max(rows_after, loaded_at) AS rows_after,
           arg_max(loaded_by, loaded_at) AS loaded_by, max(loaded_at) AS loaded_at
    FROM master_loads
    WHERE coalesce(outcome, 'loaded') = 'loaded'
    GROUP BY master
)
SELECT c.master, c.row_count, l.file_name, l.file_sha256, l.rows_before, l.rows_after, l.loaded_by, l.loaded_at
FROM counts c LEFT JOIN last_load l ON l.master = c.master
ORDER BY c.master
