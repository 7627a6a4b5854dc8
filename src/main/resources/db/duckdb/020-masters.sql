-- Master data: chart of accounts, users with approval limits, departments, vendors. Each load replaces the previous version.

CREATE TABLE IF NOT EXISTS accounts (
    account_code     VARCHAR PRIMARY KEY,
    account_name     VARCHAR,
    account_name_en  VARCHAR,
    account_category VARCHAR,
    account_type     VARCHAR,   -- coarse: asset, liability, equity, revenue, expense
    account_class    VARCHAR,   -- fine: cash, revenue, expense, suspense, intercompany, equity, ... (given or inferred)
    account_class_source VARCHAR, -- 'file', 'inferred' or 'override'
    normal_balance   VARCHAR,
    level            INTEGER,
    parent_code      VARCHAR,
    is_posting       BOOLEAN,
    is_active        BOOLEAN
);

CREATE TABLE IF NOT EXISTS users (
    user_id        VARCHAR PRIMARY KEY,
    user_name      VARCHAR,
    user_name_en   VARCHAR,
    dept_code      VARCHAR,
    position       VARCHAR,
    approval_limit DECIMAL(18,2),
    is_active      BOOLEAN,
    can_approve    BOOLEAN,
    role           VARCHAR
);

CREATE TABLE IF NOT EXISTS departments (
    dept_code        VARCHAR PRIMARY KEY,
    dept_name        VARCHAR,
    dept_name_en     VARCHAR,
    parent_dept_code VARCHAR,
    cost_center      VARCHAR,
    is_active        BOOLEAN
);

CREATE TABLE IF NOT EXISTS vendors (
    vendor_code      VARCHAR PRIMARY KEY,
    vendor_name      VARCHAR,
    vendor_name_en   VARCHAR,
    vendor_type      VARCHAR,
    is_related_party BOOLEAN,
    is_active        BOOLEAN
);

-- Which master file was loaded when, for the audit trail.
CREATE TABLE IF NOT EXISTS master_loads (
    master     VARCHAR NOT NULL,
    file_name  VARCHAR NOT NULL,
    file_sha256 VARCHAR,
    rows_loaded BIGINT,
    rows_rejected BIGINT,
    loaded_at  TIMESTAMP NOT NULL
);

-- Every load attempt, with the counts before and after and who asked; refused ones say why.
ALTER TABLE master_loads ADD COLUMN IF NOT EXISTS rows_before BIGINT;
ALTER TABLE master_loads ADD COLUMN IF NOT EXISTS rows_after BIGINT;
ALTER TABLE master_loads ADD COLUMN IF NOT EXISTS loaded_by VARCHAR;
ALTER TABLE master_loads ADD COLUMN IF NOT EXISTS outcome VARCHAR;   -- loaded, refused
ALTER TABLE master_loads ADD COLUMN IF NOT EXISTS reason VARCHAR;
