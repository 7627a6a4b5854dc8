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

-- One row per rules run (the import step or a refresh), with what it covered.
CREATE TABLE IF NOT EXISTS rule_runs (
    run_id            BIGINT PRIMARY KEY,
    trigger           VARCHAR NOT NULL,   -- import / refresh / test
    fiscal_years      VARCHAR NOT NULL,   -- comma-separated
    started_at        TIMESTAMP NOT NULL,
    finished_at       TIMESTAMP,
    status            VARCHAR NOT NULL,   -- COMPLETED / FAILED
    lines_scored      BIGINT,
    violations        BIGINT,
    ml_status         VARCHAR             -- scored / not available / failed: reason
);

-- Each rule's outcome in a run: applicability and hit count, so a rule that could not run is never read as clean.
CREATE TABLE IF NOT EXISTS rule_run_results (
    run_id            BIGINT NOT NULL,
    rule_id           VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,   -- ran / not_applicable / disabled
    hits              BIGINT,
    millis            BIGINT,
    reason            VARCHAR             -- why not applicable (missing fields or masters)
);

-- Japanese public holidays including substitute and citizens' holidays, loaded from the jobs calendar file.
CREATE TABLE IF NOT EXISTS holidays (
    holiday_date      DATE PRIMARY KEY,
    name_ja           VARCHAR NOT NULL,
    name_en           VARCHAR,
    kind              VARCHAR             -- national / substitute / citizens
);

-- Account classes set by an auditor; they win over the chart's own and the inferred class.
CREATE TABLE IF NOT EXISTS account_class_overrides (
    account_code      VARCHAR PRIMARY KEY,
    account_class     VARCHAR NOT NULL,
    reason            VARCHAR,
    updated_at        TIMESTAMP NOT NULL
);
-- who set the override (the API key name); added after the table first shipped
ALTER TABLE account_class_overrides ADD COLUMN IF NOT EXISTS author VARCHAR;

-- Keywords that map account names to account classes (lowest priority wins), loaded from the jobs directory.
CREATE TABLE IF NOT EXISTS account_class_keywords (
    priority          INTEGER NOT NULL,
    keyword           VARCHAR NOT NULL,
    account_class     VARCHAR NOT NULL
);

-- Which version (SHA-256) of each reference file the tables above hold, so unchanged files are not reloaded.
CREATE TABLE IF NOT EXISTS reference_files (
    file_name         VARCHAR NOT NULL,
    sha256            VARCHAR NOT NULL,
    loaded_at         TIMESTAMP NOT NULL
);

-- The ledger profile each rules run inferred before its rules ran (see LedgerProfile), with the import that started it.
CREATE TABLE IF NOT EXISTS ledger_profiles (
    run_id            BIGINT PRIMARY KEY,
    import_id         BIGINT,             -- null for a refresh
    fiscal_years      VARCHAR NOT NULL,
    lines             BIGINT,
    journals          BIGINT,
    fy_start_month    INTEGER,
    fy_naming         VARCHAR,            -- start_year / end_year
    fy_share          DOUBLE,
    period_numbering  VARCHAR,            -- fiscal_period / calendar_month
    period_share      DOUBLE,
    conventions_confirmed BOOLEAN,
    currency          VARCHAR,
    minor_units       INTEGER,
    amount_p50        DECIMAL(18,2),
    amount_p90        DECIMAL(18,2),
    amount_p99        DECIMAL(18,2),
    amount_p999       DECIMAL(18,2),
    materiality       DECIMAL(18,2),
    materiality_source VARCHAR,
    magnitude         DECIMAL(18,2),
    populated         VARCHAR,            -- column=share of lines filled, comma-separated
    last_modified_tracks_changes BOOLEAN,
    holiday_calendar  VARCHAR,            -- JP / US / GB / EU / none
    holiday_calendar_source VARCHAR
);

-- Calibration of a run: the cap on high and critical journals and how many journals it moved down.
ALTER TABLE rule_runs ADD COLUMN IF NOT EXISTS max_flagged_share DOUBLE;
ALTER TABLE rule_runs ADD COLUMN IF NOT EXISTS journals_capped BIGINT;

-- Every holiday calendar of the jobs calendar directory (holidays-<country>.csv), by country.
CREATE TABLE IF NOT EXISTS calendar_holidays (
    country           VARCHAR NOT NULL,
    holiday_date      DATE NOT NULL,
    name              VARCHAR NOT NULL,
    name_en           VARCHAR,
    kind              VARCHAR,
    PRIMARY KEY (country, holiday_date)
);

-- The share of the run's journals each rule hit (the self-calibration guard reads it).
ALTER TABLE rule_run_results ADD COLUMN IF NOT EXISTS journal_share DOUBLE;

-- What a run's calibration settings were, so the rules API can say which rules jaia.rules.always-weighted kept.
ALTER TABLE rule_runs ADD COLUMN IF NOT EXISTS max_hit_share DOUBLE;
ALTER TABLE rule_runs ADD COLUMN IF NOT EXISTS always_weighted VARCHAR;   -- comma-separated rule ids
-- The business unit a run scored ('' for lines without one); null when it scored every business unit of its years.
ALTER TABLE rule_runs ADD COLUMN IF NOT EXISTS business_unit VARCHAR;

-- Per ledger (fiscal year and business unit) of a run: its journals, how many stayed high or critical, how many the cap
-- on flagged journals moved down to medium.
CREATE TABLE IF NOT EXISTS rule_run_ledgers (
    run_id             BIGINT NOT NULL,
    fiscal_year        INTEGER NOT NULL,
    business_unit_code VARCHAR,
    journals           BIGINT NOT NULL,
    journals_flagged   BIGINT NOT NULL,
    journals_capped    BIGINT NOT NULL
);

-- Per ledger of a run and rule: lines and journals it hit (non-discriminating rules included, at score 0).
CREATE TABLE IF NOT EXISTS rule_run_ledger_results (
    run_id             BIGINT NOT NULL,
    fiscal_year        INTEGER NOT NULL,
    business_unit_code VARCHAR,
    rule_id            VARCHAR NOT NULL,
    hits               BIGINT NOT NULL,
    journals_hit       BIGINT NOT NULL
);
