package com.jaia.observability;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The pipeline's own meters, named once here: rows read, loaded and rejected (by reason), rule hits by rule, and the
 * aggregate refresh time. Prometheus sees them as {@code jaia_import_rows_total}, {@code jaia_rules_hits_total} and
 * {@code jaia_aggregates_refresh_seconds}.
 */
@Component
public class PipelineMetrics {

    private final MeterRegistry registry;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String outcome : new String[] { "read", "loaded", "rejected" }) {
            rows(outcome, "none");
        }
        aggregateRefresh();
    }

    /** Counts one import's rows: read, loaded, and rejected by reason code. */
    public void rowsImported(long read, long loaded, Map<String, Long> rejectedByReason) {
        rows("read", "none").increment(read);
        rows("loaded", "none").increment(loaded);
        rejectedByReason.forEach((reason, count) -> rows("rejected", reason).increment(count));
    }

    /** Counts the hits of each rule in one rules run. */
    public void ruleHits(Map<String, Long> hitsByRule) {
        hitsByRule.forEach((rule, hits) -> Counter.builder("jaia.rules.hits")
            .description("Lines flagged by an audit rule")
            .tag("rule", rule)
            .register(registry)
            .increment(hits));
    }

    /** Records how long one refresh of the aggregate tables took. */
    public void aggregatesRefreshed(Duration took) {
        aggregateRefresh().record(took);
    }

    private Counter rows(String outcome, String reason) {
        return Counter.builder("jaia.import.rows")
            .description("Ledger rows read, loaded and rejected (by reason)")
            .tag("outcome", outcome)
            .tag("reason", reason)
            .register(registry);
    }

    private Timer aggregateRefresh() {
        return Timer.builder("jaia.aggregates.refresh").description("Time to refresh the aggregate tables")
            .register(registry);
    }

}
