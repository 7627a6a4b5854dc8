package com.jaia.duckdb;

/**
 * The DuckDB file could not be opened, most often because another process holds its lock.
 */
public class DuckDbUnavailable extends RuntimeException {

    public DuckDbUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

}
