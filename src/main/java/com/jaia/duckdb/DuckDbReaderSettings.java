package com.jaia.duckdb;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many API reads run in DuckDB at once. DuckDB's worker threads ({@code jaia.duckdb.threads}) serve every query of
 * the process; more queries at once than there are cores only slice the same cores thinner, so reads beyond this many
 * wait their turn (first come, first served) instead of slowing the ones running.
 *
 * @param concurrency reads at once ({@code DUCKDB_READERS}; 0 means one per core, at least 2)
 * @param maxWait how long a read waits for its turn before it fails
 */
@ConfigurationProperties("jaia.duckdb.readers")
public record DuckDbReaderSettings(int concurrency, Duration maxWait) {

    public DuckDbReaderSettings {
        concurrency = concurrency <= 0 ? Math.max(2, Runtime.getRuntime().availableProcessors()) : concurrency;
        maxWait = maxWait == null || maxWait.isNegative() || maxWait.isZero() ? Duration.ofSeconds(30) : maxWait;
    }

}
