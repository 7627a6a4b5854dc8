package com.jaia.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jaia.duckdb.DuckDbSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The size of the DuckDB file (with its write-ahead log) as {@code jaia_duckdb_file_size_bytes}, and the security
 * event counters at zero until their first event ({@link SecurityEventCounter}). Disk free and total of the data
 * directory are Spring Boot's {@code disk_free_bytes} and {@code disk_total_bytes}.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final Path duckDb;

    OperationsMetrics(DuckDbSettings settings) {
        this.duckDb = settings.path();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("jaia.duckdb.file.size", this, OperationsMetrics::duckDbBytes)
            .description("Size of the DuckDB file and its write-ahead log")
            .baseUnit("bytes")
            .register(registry);
        for (String kind : SecurityEventCounter.KINDS) {
            Counter.builder(SecurityEventCounter.METER).description("Security events by kind").tag("kind", kind)
                .register(registry);
        }
    }

    private double duckDbBytes() {
        return size(duckDb) + size(duckDb.resolveSibling(duckDb.getFileName() + ".wal"));
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        }
        catch (IOException e) {
            return 0;
        }
    }

}
