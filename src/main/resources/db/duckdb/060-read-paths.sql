-- Indexes for the API's one-journal reads: GET /api/v1/journals/{id} finds a journal's lines, scores and violations by
-- index lookups instead of scanning the year (DuckDB uses an ART index for an equality filter on the indexed column).
-- Journal ids share long prefixes, so row-group min/max statistics cannot skip anything for them. Loading keeps the
-- indexes up to date, which costs the load a little; on an existing store they are built once at the next start.
CREATE INDEX IF NOT EXISTS journal_entries_journal ON journal_entries (journal_id);
CREATE INDEX IF NOT EXISTS risk_scores_journal ON risk_scores (journal_id);
CREATE INDEX IF NOT EXISTS rule_violations_journal ON rule_violations (journal_id);
-- Note: DuckDB refuses ALTER TABLE on a table that has an index; a column added to one of these tables later needs
-- its index dropped and created again around the ALTER.

-- The token of what the API's violations list (violation_list, derived from rule_violations and journal_entries and
-- rebuilt by the API when they change) was built from.
CREATE TABLE IF NOT EXISTS violation_list_state (token VARCHAR NOT NULL);
