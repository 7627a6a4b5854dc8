-- Counts and totals of one import's reviews for the step summary; reasons listed once each.
SELECT count(*) FILTER (WHERE status = 'reviewed') AS reviewed,
       count(*) FILTER (WHERE status = 'reviewed' AND cached) AS cached,
       count(*) FILTER (WHERE status = 'skipped') AS skipped,
       count(*) FILTER (WHERE status = 'deferred') AS deferred,
       coalesce(sum(input_tokens), 0) + coalesce(sum(output_tokens), 0) AS tokens,
       coalesce(sum(cost), 0) AS cost,
       coalesce(string_agg(DISTINCT skip_reason, ' | ') FILTER (WHERE status = 'skipped'), '') AS skip_reasons,
       coalesce(string_agg(DISTINCT skip_reason, ' | ') FILTER (WHERE status = 'deferred'), '') AS defer_reasons
FROM llm_reviews
WHERE import_id = :importId
