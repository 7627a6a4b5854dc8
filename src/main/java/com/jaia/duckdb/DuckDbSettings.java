package com.jaia.duckdb;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the DuckDB store lives and how much of the machine it may use.
 *
 * @param path the database file ({@code DUCKDB_PATH})
 * @param memoryLimit DuckDB's memory limit, e.g. {@code 512MB}; past it DuckDB spills to the temp directory
 * @param threads DuckDB worker threads (0 means one per core)
 * @param poolSize connections kept open to the database
 */
@ConfigurationProperties("jaia.duckdb")
public record DuckDbSettings(Path path, String memoryLimit, int threads, int poolSize) {

    public DuckDbSettings {
        path = path == null ? Path.of("data", "jaia.duckdb") : path;
        memoryLimit = memoryLimit == null || memoryLimit.isBlank() ? "512MB" : memoryLimit;
        threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        poolSize = poolSize <= 0 ? 8 : poolSize;
    }

}
