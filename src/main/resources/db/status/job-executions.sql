-- A page of job executions, newest first; every filter is optional (null matches all).
SELECT e.JOB_EXECUTION_ID AS id, e.JOB_INSTANCE_ID AS instance_id, i.JOB_NAME AS job_name, e.STATUS AS status,
       e.EXIT_CODE AS exit_code, e.CREATE_TIME AS created, e.START_TIME AS started, e.END_TIME AS ended,
       COUNT(*) OVER () AS total
FROM BATCH_JOB_EXECUTION e
JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
WHERE (:jobName IS NULL OR i.JOB_NAME = :jobName)
  AND (:status IS NULL OR e.STATUS = :status)
  AND (:since IS NULL OR e.CREATE_TIME >= :since)
  AND (:until IS NULL OR e.CREATE_TIME < :until)
ORDER BY e.JOB_EXECUTION_ID DESC
LIMIT :size OFFSET :offset
