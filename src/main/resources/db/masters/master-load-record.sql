-- Records one master load attempt (loaded or refused).
INSERT INTO master_loads (master, file_name, file_sha256, rows_loaded, rows_rejected, loaded_at, rows_before,
                          rows_after, loaded_by, outcome, reason)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
