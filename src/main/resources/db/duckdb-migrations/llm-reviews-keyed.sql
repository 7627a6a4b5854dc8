-- Rebuilds llm_reviews of a store made before its key had the business unit (DuckDbSchema runs this only then):
-- one import may hold journal 1 of two business units, and neither review may stand for the other. Every row is kept.
CREATE TABLE llm_reviews_keyed (
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
INSERT INTO llm_reviews_keyed (import_id, fiscal_year, journal_id, business_unit_code, risk_score, risk_band, status, skip_reason, verdict, confidence, rationale, suggested_procedure, provider, model, input_tokens, output_tokens, cost, latency_ms, attempts, cached, prompt_hash, language, reviewed_at)
SELECT import_id, fiscal_year, journal_id, coalesce(business_unit_code, ''), risk_score, risk_band, status, skip_reason, verdict, confidence, rationale, suggested_procedure, provider, model, input_tokens, output_tokens, cost, latency_ms, attempts, cached, prompt_hash, language, reviewed_at
FROM llm_reviews;
DROP TABLE llm_reviews;
ALTER TABLE llm_reviews_keyed RENAME TO llm_reviews;
