-- Results of the LLM review step: one row per selected journal of an import, reviewed or skipped with its reason.
-- A journal is (business unit, fiscal year, journal id): one import may hold journal 1 of two business units.
-- (Stores made before the key had the business unit are rebuilt by db/duckdb-migrations/llm-reviews-keyed.sql.)
CREATE TABLE IF NOT EXISTS llm_reviews (
    import_id           BIGINT NOT NULL,
    fiscal_year         INTEGER NOT NULL,
    journal_id          VARCHAR NOT NULL,
    business_unit_code  VARCHAR NOT NULL,
    risk_score          DOUBLE,
    risk_band           VARCHAR,
    status              VARCHAR NOT NULL,   -- reviewed, skipped
    skip_reason         VARCHAR,            -- e.g. 'no LLM provider configured', 'budget exhausted', the provider failure
    verdict             VARCHAR,            -- likely_legitimate, needs_follow_up, suspicious
    confidence          DOUBLE,             -- 0..1
    rationale           VARCHAR,
    suggested_procedure VARCHAR,
    provider            VARCHAR,
    model               VARCHAR,
    input_tokens        BIGINT,
    output_tokens       BIGINT,
    cost                DECIMAL(18,8),
    latency_ms          BIGINT,
    attempts            INTEGER,
    cached              BOOLEAN,            -- true when an earlier answer to the same prompt and model was reused
    prompt_hash         VARCHAR,            -- SHA-256 of the pseudonymised prompt, the template and the model chain
    language            VARCHAR,
    reviewed_at         TIMESTAMP NOT NULL,
    PRIMARY KEY (import_id, business_unit_code, fiscal_year, journal_id)
);

-- Stable pseudonyms sent to LLM providers instead of user ids, user names and vendor names; the mapping stays here.
CREATE TABLE IF NOT EXISTS llm_pseudonyms (
    kind        VARCHAR NOT NULL,   -- user, vendor
    real_value  VARCHAR NOT NULL,
    pseudonym   VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, real_value)
);
