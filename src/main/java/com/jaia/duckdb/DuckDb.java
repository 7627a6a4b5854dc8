package com.jaia.duckdb;

import java.nio.file.Path;

/**
 * Names other stages use to ask for the DuckDB store.
 */
public final class DuckDb {

    /** Qualifier of the DuckDB {@link javax.sql.DataSource} and {@link org.springframework.jdbc.core.simple.JdbcClient} beans. */
    public static final String QUALIFIER = "duckDb";

    /**
     * Qualifier of the {@link org.springframework.jdbc.core.simple.JdbcClient} the API's reads use: the same store,
     * with at most {@code jaia.duckdb.readers.concurrency} reads at once (see {@link DuckDbReaderSettings}).
     */
    public static final String READERS = "duckDbReaders";

    private DuckDb() {
    }

    static DuckDbUnavailable unavailable(Path file, Throwable failure) {
        String detail = rootMessage(failure);
        if (detail.contains("lock")) {
            return new DuckDbUnavailable("the DuckDB file " + file
                    + " is in use by another process; stop that process (or point DUCKDB_PATH elsewhere) and try again ("
                    + detail.lines().findFirst().orElse(detail) + ")", failure, true);
        }
        return new DuckDbUnavailable("cannot open the DuckDB file " + file + ": " + detail, failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

}
