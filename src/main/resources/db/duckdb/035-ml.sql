-- Unsupervised ML anomaly scores, one row per journal line of the fiscal years scored (see README, "ML anomaly scores").

CREATE TABLE IF NOT EXISTS ml_scores (
    gl_detail_id          VARCHAR NOT NULL,
    journal_id            VARCHAR NOT NULL,
    fiscal_year           INTEGER NOT NULL,
    ml_score              DOUBLE NOT NULL,   -- 0..1, higher = more anomalous
    ml_method             VARCHAR NOT NULL,  -- the component that contributed most: isolation_forest, account_robust_z, user_robust_z
    isolation_score       DOUBLE NOT NULL,   -- isolation forest score 2^(-E[h(x)]/c(psi)), about 0.5 ordinary, towards 1 anomalous
    account_outlier_score DOUBLE NOT NULL,   -- 0..1 from the robust z of log amount against the account's median and MAD
    user_outlier_score    DOUBLE NOT NULL,   -- 0..1 from the robust z of log amount against the preparer's median and MAD
    top_features          VARCHAR NOT NULL,  -- up to three most unusual features, most first, '; '-separated; '' when none stands out
    business_unit_code    VARCHAR            -- with fiscal_year and gl_detail_id, the line's identity
);
ALTER TABLE ml_scores ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR;
