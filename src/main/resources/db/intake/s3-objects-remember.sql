-- Records that an S3 object version was handled.
INSERT OR IGNORE INTO intake_s3_objects (bucket, object_key, etag, job_execution_id, outcome) VALUES (?, ?, ?, ?, ?)
