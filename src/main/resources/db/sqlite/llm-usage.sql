-- One row per LLM call attempt (successful or not): what the review spent and how the providers behaved.
CREATE TABLE IF NOT EXISTS llm_usage (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    import_id        INTEGER NOT NULL,
    journal_id       TEXT,
    provider         TEXT NOT NULL,
    model            TEXT NOT NULL,
    input_tokens     INTEGER NOT NULL DEFAULT 0,
    output_tokens    INTEGER NOT NULL DEFAULT 0,
    cost             NUMERIC NOT NULL DEFAULT 0,
    latency_ms       INTEGER NOT NULL,
    outcome          TEXT NOT NULL,   -- success, rate_limited, server_error, timeout, unauthorized_or_not_found, ...
    error            TEXT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS llm_usage_import ON llm_usage (import_id);
