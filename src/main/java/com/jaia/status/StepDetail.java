package com.jaia.status;

import java.time.OffsetDateTime;
import java.util.Map;

import com.jaia.observability.ProgressBoard;

/**
 * One step execution with its counts, and its progress (while it runs, and as it ended).
 *
 * @param id the step execution id
 * @param name the step name
 * @param status the batch status
 * @param exitCode the exit code
 * @param exitDescription why it ended the way it did
 * @param readCount items read
 * @param writeCount items written
 * @param filterCount items filtered out by the processor
 * @param skipCount items skipped in read, process and write
 * @param commitCount chunks committed
 * @param rollbackCount chunks rolled back
 * @param started when it started
 * @param ended when it ended
 * @param progress how far a running step is, or null
 */
record StepDetail(long id, String name, String status, String exitCode, String exitDescription, long readCount,
        long writeCount, long filterCount, long skipCount, long commitCount, long rollbackCount,
        OffsetDateTime started, OffsetDateTime ended, Progress progress) {

    /**
     * How far a step is.
     *
     * @param done units done
     * @param total units in all (estimated)
     * @param unit what is counted ({@code lines}, {@code rules}, {@code tables}, {@code journals}, {@code phases})
     * @param percent done as a percentage of total
     * @param etaSeconds estimated seconds until the step ends, or null before anything is done
     * @param phase what the step is doing now (a set-based step's phase, the rule or table running), or null
     * @param counts outcomes so far by name (the review's reviewed, deferred, skipped), possibly empty
     * @param ratePerSecond units done per second so far
     */
    record Progress(long done, long total, String unit, double percent, Long etaSeconds, String phase,
            Map<String, Long> counts, double ratePerSecond) {

        static Progress of(ProgressBoard.StepReport report) {
            return new Progress(report.done(), report.total(), report.unit(), report.percent(), report.etaSeconds(),
                    report.phase(), report.counts(), report.ratePerSecond());
        }

    }

}
