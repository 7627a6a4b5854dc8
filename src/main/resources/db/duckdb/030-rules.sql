-- Results of the audit rules step: one row per rule hit, one risk score per journal line.

CREATE TABLE IF NOT EXISTS rule_violations (
    gl_detail_id      VARCHAR NOT NULL,
    journal_id        VARCHAR NOT NULL,
    fiscal_year       INTEGER NOT NULL,
    business_unit_code VARCHAR,
    rule_id           VARCHAR NOT NULL,
    category          VARCHAR NOT NULL,   -- amount, time, account, approval, description, trend, benford, ml
    severity          VARCHAR NOT NULL,   -- critical, high, medium, low, info
    score             DOUBLE NOT NULL,
    message           VARCHAR NOT NULL,   -- the evidence: amounts, limits, dates
    run_id            BIGINT
);

CREATE TABLE IF NOT EXISTS risk_scores (
    gl_detail_id      VARCHAR NOT NULL,
    journal_id        VARCHAR NOT NULL,
    fiscal_year       INTEGER NOT NULL,
    business_unit_code VARCHAR,
    rule_score        DOUBLE,
    ml_score          DOUBLE,             -- 0..1 anomaly score
    risk_score        DOUBLE NOT NULL,    -- 0..100
    risk_band         VARCHAR NOT NULL,   -- critical, high, medium, low, minimal
    journal_risk_score DOUBLE,            -- 0..100, the journal's score (same on each of its lines)
    journal_risk_band VARCHAR,
    violation_count   INTEGER,
    top_factors       VARCHAR,            -- the largest contributions, most first
    run_id            BIGINT
);
