-- The LLM reviews of one import's journals by status (reviewed, deferred, skipped), with the most frequent reason.
SELECT status, count(*) AS journals, mode(skip_reason) AS reason
FROM llm_reviews
WHERE import_id = :importId
GROUP BY status
