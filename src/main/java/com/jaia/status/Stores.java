package com.jaia.status;

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
        Map<String, Object> status = new LinkedHashMap<>();
        String problem = duckDbProblem();
        status.put("status", problem == null ? "up" : "down");
        status.put("path", duckDbSettings.path().toString());
        if (problem != null) {
            status.put("error", problem);
            return status;
        }
        status.put("journalEntries", duckDb.sql("SELECT count(*) FROM journal_entries").query(Long.class).single());
        status.put("imports", duckDb.sql("SELECT count(*) FROM imports").query(Long.class).single());
        return status;
    }

    Map<String, Object> metaStoreStatus() {
        Map<String, Object> status = new LinkedHashMap<>();
        String problem = metaStoreProblem();
        status.put("status", problem == null ? "up" : "down");
        status.put("path", metaStoreSettings.path().toString());
        if (problem != null) {
            status.put("error", problem);
            return status;
        }
        status.put("jobExecutions",
                metaStore.sql("SELECT count(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single());
        status.put("runningJobs", metaStore
            .sql("SELECT count(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')")
            .query(Long.class)
            .single());
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
