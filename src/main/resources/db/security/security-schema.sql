-- API keys: only the SHA-256 of each key is kept; the key itself is shown once, when it is created.
CREATE TABLE IF NOT EXISTS api_keys (
    name             TEXT PRIMARY KEY,
    role             TEXT NOT NULL,
    key_hash         TEXT NOT NULL UNIQUE,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_used_at     TEXT
);

-- Addresses refused for good (until an admin unblocks them); temporary blocks live in memory only.
CREATE TABLE IF NOT EXISTS ip_blocks (
    address          TEXT PRIMARY KEY,
    reason           TEXT NOT NULL,
    blocked_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- One row per request that changed something, or tried to: who, from where, what, on what, with which outcome.
CREATE TABLE IF NOT EXISTS audit_log (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    at               TEXT NOT NULL,
    actor            TEXT NOT NULL,
    role             TEXT,
    client_ip        TEXT NOT NULL,
    request_id       TEXT NOT NULL,
    action           TEXT NOT NULL,
    target           TEXT NOT NULL,
    outcome          INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);

-- The audit trail is append-only: the database itself refuses to change or remove a record.
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
