-- Journal lines, the import ledger and rejected rows: the foundation every later stage reads.

-- One row per imported file (and per master file load); the ledger that makes loading exactly once.
CREATE TABLE IF NOT EXISTS imports (
    import_id          BIGINT PRIMARY KEY,      -- the Spring Batch job instance id of the import
    job_execution_id   BIGINT,                  -- the execution that loaded it
    file_name          VARCHAR NOT NULL,
    file_sha256        VARCHAR NOT NULL,
    file_size          BIGINT,
    file_format        VARCHAR,                 -- csv / tsv / xlsx
    file_encoding      VARCHAR,
    business_unit_code VARCHAR,
    status             VARCHAR NOT NULL,        -- LOADED, replaced, partly replaced, rolled back
    rows_read          BIGINT,
    rows_loaded        BIGINT,
    rows_rejected      BIGINT,
    journals_loaded    BIGINT,
    journals_rejected  BIGINT,
    debit_total        DECIMAL(20,2),
    credit_total       DECIMAL(20,2),
    unknown_accounts   BIGINT,
    fiscal_years       VARCHAR,                 -- comma-separated fiscal years the import touched
    ignored_columns    VARCHAR,
    started_at         TIMESTAMP,
    loaded_at          TIMESTAMP,
    replaced_by        BIGINT                   -- the import that replaced its journals (status replaced)
);
ALTER TABLE imports ADD COLUMN IF NOT EXISTS replaced_by BIGINT;
-- valid lines whose amount was written with floating-point noise and loaded rounded to the currency's decimals
ALTER TABLE imports ADD COLUMN IF NOT EXISTS amounts_normalised BIGINT;

-- GL_Detail lines (AICPA Audit Data Standard names, as the earlier JAIA) plus lineage.
CREATE TABLE IF NOT EXISTS journal_entries (
    gl_detail_id           VARCHAR NOT NULL,
    business_unit_code     VARCHAR,
    fiscal_year            INTEGER NOT NULL,
    accounting_period      INTEGER NOT NULL,
    journal_id             VARCHAR NOT NULL,
    journal_id_line_number INTEGER,
    effective_date         DATE NOT NULL,
    entry_date             DATE,
    entry_time             TIME,
    gl_account_number      VARCHAR NOT NULL,
    amount                 DECIMAL(18,2) NOT NULL,   -- unsigned; the side is debit_credit_indicator
    amount_currency        VARCHAR,
    functional_amount      DECIMAL(18,2),
    debit_credit_indicator VARCHAR NOT NULL,         -- 'D' or 'C'
    je_line_description    VARCHAR,
    source                 VARCHAR,
    vendor_code            VARCHAR,
    dept_code              VARCHAR,
    prepared_by            VARCHAR,
    approved_by            VARCHAR,
    approved_date          DATE,
    last_modified_by       VARCHAR,
    last_modified_date     DATE,
    import_id              BIGINT NOT NULL,
    source_line_number     BIGINT NOT NULL,          -- the physical line in the imported file where the record starts
    source_offset          BIGINT,                   -- the byte offset of that record in the imported file (or its CSV conversion)
    account_known          BOOLEAN                   -- false when a chart of accounts is loaded and lacks the account
);

-- Every row of an import that did not load, with the reason an auditor can read.
CREATE TABLE IF NOT EXISTS rejected_rows (
    import_id          BIGINT NOT NULL,
    line_number        BIGINT NOT NULL,
    journal_id         VARCHAR,
    column_name        VARCHAR,
    reason_code        VARCHAR NOT NULL,
    message            VARCHAR NOT NULL,
    raw_line           VARCHAR
);
