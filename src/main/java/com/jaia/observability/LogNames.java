package com.jaia.observability;

/**
 * The names operators filter the logs by: the loggers routed to their own files and the MDC keys.
 */
public final class LogNames {

    /** Audit records; written to {@code jaia_audit.log}. */
    public static final String AUDIT = "jaia.audit";

    /** Security events (rate-limit hits, suspicious requests, blocks, auth failures); {@code jaia_security.log}. */
    public static final String SECURITY = "jaia.security";

    /** Request, step and job timings; {@code jaia_performance.log}. */
    public static final String PERFORMANCE = "jaia.performance";

    /** MDC: the request id (also the {@code X-Request-Id} response header). */
    public static final String REQUEST_ID = "requestId";

    /** MDC: the client's address. */
    public static final String CLIENT_IP = "clientIp";

    /** MDC: the job execution id while a job runs. */
    public static final String JOB_EXECUTION_ID = "jobExecutionId";

    /** MDC: the step name while a step runs. */
    public static final String STEP = "step";

    private LogNames() {
    }

}
