-- One page of the audit trail, newest first, filtered by time, actor and action (each filter optional).
SELECT id, at, actor, role, client_ip, request_id, action, target, outcome
FROM audit_log
WHERE (:since IS NULL OR at >= :since)
  AND (:actor IS NULL OR actor = :actor)
  AND (:action IS NULL OR action LIKE '%' || :action || '%')
ORDER BY id DESC
LIMIT :size OFFSET :offset
