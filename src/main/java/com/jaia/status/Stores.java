package com.jaia.status;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

import com.jaia.duckdb.CamelCase;
import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.DuckDbSettings;
import com.jaia.duckdb.SqlScript;
import com.jaia.metastore.MetaStoreSettings;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Asks each store whether it answers, and what the status page shows of its content.
 */
@Component
class Stores {

    private static final String LAST_IMPORT = SqlScript.read("db/status/last-import.sql");

    private final JdbcClient duckDb;

    private final JdbcClient metaStore;

    private final DuckDbSettings duckDbSettings;

    private final MetaStoreSettings metaStoreSettings;

    Stores(@Qualifier(DuckDb.QUALIFIER) DataSource duckDb, DataSource metaStore, DuckDbSettings duckDbSettings,
            MetaStoreSettings metaStoreSettings) {
        this.duckDb = JdbcClient.create(duckDb);
        this.metaStore = JdbcClient.create(metaStore);
        this.duckDbSettings = duckDbSettings;
        this.metaStoreSettings = metaStoreSettings;
    }

    /** Null when DuckDB answers, else why not. */
    String duckDbProblem() {
        return problem(duckDb);
    }

    /** Null when SQLite answers, else why not. */
    String metaStoreProblem() {
        return problem(metaStore);
    }

    Map<String, Object> duckDbStatus() {
        return status(duckDb, duckDbSettings.path(), Map.entry("journalEntries", "SELECT count(*) FROM journal_entries"),
                Map.entry("imports", "SELECT count(*) FROM imports"));
    }

    Map<String, Object> metaStoreStatus() {
        return status(metaStore, metaStoreSettings.path(),
                Map.entry("jobExecutions", "SELECT count(*) FROM BATCH_JOB_EXECUTION"),
                Map.entry("runningJobs",
                        "SELECT count(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')"));
    }

    /** Whether the store answers, where its file is, and the named counts when it answers (or why it does not). */
    @SafeVarargs
    private static Map<String, Object> status(JdbcClient store, Path path, Map.Entry<String, String>... counts) {
        Map<String, Object> status = new LinkedHashMap<>();
        String problem = problem(store);
        status.put("status", problem == null ? "up" : "down");
        status.put("path", path.toString());
        if (problem != null) {
            status.put("error", problem);
            return status;
        }
        for (Map.Entry<String, String> count : counts) {
            status.put(count.getKey(), store.sql(count.getValue()).query(Long.class).single());
        }
        return status;
    }

    /** The newest row of the imports ledger, or null when nothing was imported yet. */
    Map<String, Object> lastImport() {
        return duckDb.sql(LAST_IMPORT).query(CamelCase.ROWS).list().stream().findFirst().orElse(null);
    }

    private static String problem(JdbcClient store) {
        try {
            store.sql("SELECT 1").query(Integer.class).single();
            return null;
        }
        catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return String.valueOf(root.getMessage());
        }
    }

}
