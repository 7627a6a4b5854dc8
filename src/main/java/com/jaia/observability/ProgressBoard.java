package com.jaia.observability;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where the steps report how far they are (items done of total, or the phase a set-based step is in) and where the
 * job detail and the server-sent events read it. It keeps the latest report of each step of the most recent
 * executions of this process.
 */
@Component
public class ProgressBoard {

    private static final int EXECUTIONS_KEPT = 200;

    private final Map<Long, Map<String, Tracked>> executions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Tracked>> eldest) {
            return size() > EXECUTIONS_KEPT;
        }
    };

    private final List<Consumer<StepReport>> subscribers = new CopyOnWriteArrayList<>();

    private final ObjectProvider<ObservationRegistry> observations;

    public ProgressBoard(ObjectProvider<ObservationRegistry> observations) {
        this.observations = observations;
    }

    /**
     * The phases of a running step, reported here in {@code unit} and each observed as {@code observationName};
     * close it when the step's work ends.
     */
    public StepPhases phases(StepExecution step, String unit, String observationName) {
        return new StepPhases(this, step, unit, observationName,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** Reports a step's progress; {@code phase} may be null, {@code counts} empty. */
    public void report(StepExecution step, long done, long total, String unit, String phase, Map<String, Long> counts) {
        report(step.getJobExecutionId(), step.getStepName(), done, total, unit, phase, counts);
    }

    void report(long jobExecutionId, String step, long done, long total, String unit, String phase,
            Map<String, Long> counts) {
        StepReport report;
        long now = System.nanoTime();
        synchronized (executions) {
            Map<String, Tracked> steps = executions.computeIfAbsent(jobExecutionId, id -> new LinkedHashMap<>());
            Tracked previous = steps.get(step);
            long since = previous == null ? now : previous.since();
            report = StepReport.of(jobExecutionId, step, done, total, unit, phase, counts, now - since);
            steps.put(step, new Tracked(since, report));
        }
        subscribers.forEach(subscriber -> subscriber.accept(report));
    }

    /** The latest report of each step of an execution, in the order the steps first reported. */
    public Map<String, StepReport> of(long jobExecutionId) {
        synchronized (executions) {
            Map<String, Tracked> steps = executions.get(jobExecutionId);
            Map<String, StepReport> reports = new LinkedHashMap<>();
            if (steps != null) {
                steps.forEach((step, tracked) -> reports.put(step, tracked.report()));
            }
            return reports;
        }
    }

    /** Calls the subscriber with every report from now on, until the returned handle is closed. */
    public AutoCloseable subscribe(Consumer<StepReport> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    private record Tracked(long since, StepReport report) {
    }

    /**
     * How far one step is.
     *
     * @param jobExecutionId the job execution
     * @param step the step name
     * @param done units done
     * @param total units in all (for a set-based step: its phases)
     * @param unit what is counted ({@code lines}, {@code rules}, {@code tables}, {@code journals}, {@code phases})
     * @param phase what the step is doing now, or null
     * @param counts outcomes so far by name (e.g. reviewed, deferred, skipped), possibly empty
     * @param percent done as a percentage of total
     * @param ratePerSecond units done per second since the step's first report
     * @param etaSeconds estimated seconds left at that rate, or null before anything is done
     * @param at when this was reported
     */
    public record StepReport(long jobExecutionId, String step, long done, long total, String unit, String phase,
            Map<String, Long> counts, double percent, double ratePerSecond, Long etaSeconds, Instant at) {

        static StepReport of(long jobExecutionId, String step, long done, long total, String unit, String phase,
                Map<String, Long> counts, long elapsedNanos) {
            double seconds = elapsedNanos / 1e9;
            double rate = seconds > 0 ? Math.round(done / seconds * 10) / 10.0 : 0;
            Long eta = done > 0 && seconds > 0 && total >= done ? Math.round(seconds * (total - done) / done) : null;
            double percent = total > 0 ? Math.round(1000.0 * Math.min(done, total) / total) / 10.0 : 0;
            return new StepReport(jobExecutionId, step, done, total, unit, phase, Map.copyOf(counts), percent, rate,
                    eta, Instant.now());
        }

    }

}
