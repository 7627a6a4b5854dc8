-- How many audit records match the filters of audit-page.sql.
SELECT count(*)
FROM audit_log
WHERE (:since IS NULL OR at >= :since)
  AND (:actor IS NULL OR actor = :actor)
  AND (:action IS NULL OR action LIKE '%' || :action || '%')
