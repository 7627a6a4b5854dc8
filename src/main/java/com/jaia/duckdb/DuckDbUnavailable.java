package com.jaia.duckdb;

/**
 * The DuckDB file could not be opened, most often because another process holds its lock.
 */
public class DuckDbUnavailable extends RuntimeException {

    private final boolean heldByAnotherProcess;

    public DuckDbUnavailable(String message, Throwable cause) {
        this(message, cause, false);
    }

    DuckDbUnavailable(String message, Throwable cause, boolean heldByAnotherProcess) {
        super(message, cause);
        this.heldByAnotherProcess = heldByAnotherProcess;
    }

    /** Whether another process (most often the running server) holds the file's lock. */
    public boolean heldByAnotherProcess() {
        return heldByAnotherProcess;
    }

}
