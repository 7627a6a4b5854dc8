-- S3 objects the S3 watch has handled (SQLite), so that each is imported once even across restarts.
CREATE TABLE IF NOT EXISTS intake_s3_objects (
    bucket           TEXT    NOT NULL,
    object_key       TEXT    NOT NULL,
    etag             TEXT    NOT NULL,
    job_execution_id INTEGER,
    outcome          TEXT    NOT NULL,
    seen_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now')),
    PRIMARY KEY (bucket, object_key, etag)
)
