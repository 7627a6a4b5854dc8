-- The token the stored violations list was built from; none before it is first built.
SELECT s.token FROM violation_list_state s WHERE EXISTS (SELECT 1 FROM duckdb_tables() WHERE table_name = 'violation_list')
