-- Rebuilds llm_reviews of a store made before its key had the business unit (DuckDbSchema runs this only then):
-- one import may hold journal 1 of two business units, and neither review may stand for the other. Every row is kept.
-- The old table steps aside, db/duckdb/050-review.sql (the one definition of the table, filled in below) creates it
-- again with the new key, and the rows come back (a missing business unit as '').
ALTER TABLE llm_reviews RENAME TO llm_reviews_unkeyed;
${review_tables}
INSERT INTO llm_reviews BY NAME
SELECT * REPLACE (coalesce(business_unit_code, '') AS business_unit_code) FROM llm_reviews_unkeyed;
DROP TABLE llm_reviews_unkeyed;
