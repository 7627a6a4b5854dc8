package com.jaia.loading;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.DuckDbWriteLock;
import com.jaia.duckdb.SqlScript;
import com.jaia.pipeline.FiscalYears;
import com.jaia.problems.PlainReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Takes one import back: its lines and everything derived from them (rule hits, scores, reviews) and its rejected
 * rows leave in one DuckDB transaction, the ledger keeps the import as {@code rolled back}, then the refresh job
 * re-derives rules, scores and aggregates of the ledgers (business units' fiscal years) it had touched. Refused while another import may load
 * into the same business units and fiscal years.
 */
@Component
public class ImportRollback {

    private static final Logger log = LoggerFactory.getLogger(ImportRollback.class);

    private final DataSource duckDb;

    private final ImportLedger ledger;

    private final RunningImports running;

    private final DuckDbWriteLock writeLock;

    private final JobOperator jobOperator;

    private final Job refreshJob;

    ImportRollback(@Qualifier(DuckDb.QUALIFIER) DataSource duckDb, ImportLedger ledger, RunningImports running,
            DuckDbWriteLock writeLock, JobOperator jobOperator, @Qualifier("refreshJob") Job refreshJob) {
        this.duckDb = duckDb;
        this.ledger = ledger;
        this.running = running;
        this.writeLock = writeLock;
        this.jobOperator = jobOperator;
        this.refreshJob = refreshJob;
    }

    /** What a rollback removed and how the re-derivation ended. */
    public record RolledBack(long importId, String fileName, long linesRemoved, long rejectsRemoved,
            String businessUnits, String fiscalYears, Long refreshExecutionId, String refreshStatus) {
    }

    /** Rolls the import back; throws {@link RollbackRefused} with a plain reason when it cannot. */
    public RolledBack rollback(long importId) {
        ImportLedgerEntry entry = ledger.findById(importId)
            .orElseThrow(() -> new RollbackRefused("there is no import #" + importId + " in the imports ledger", true));
        if (!entry.status().equals("LOADED") && !entry.status().equals("partly replaced")) {
            throw new RollbackRefused("import #" + importId + " is " + entry.status() + " already; nothing to roll back",
                    false);
        }
        String units = ledger.businessUnits(importId);
        String years = entry.fiscalYears() == null ? "" : entry.fiscalYears();
        running.touching(split(units), split(years).stream().map(Integer::valueOf).collect(Collectors.toSet()), null)
            .ifPresent(other -> {
                throw new RollbackRefused("import #" + importId + " cannot be rolled back now: " + other
                        + "; try again when it has finished", false);
            });
        long rejects = ledger.rejectsByReason(importId).values().stream().mapToLong(Long::longValue).sum();
        long lines;
        try {
            lines = writeLock.call(() -> remove(importId));
        }
        catch (Exception e) {
            log.error("rollback of import #{} failed", importId, e);
            throw new RollbackRefused("the rollback of import #" + importId + " failed and changed nothing: "
                    + PlainReason.of(e), false);
        }
        log.info("import #{} ({}) rolled back: {} lines and {} rejected rows removed", importId, entry.fileName(),
                lines, rejects);
        if (years.isBlank()) {
            return new RolledBack(importId, entry.fileName(), lines, rejects, units, years, null, null);
        }
        JobExecution refresh = refresh(FiscalYears.parse(years).ofBusinessUnits(units));
        return new RolledBack(importId, entry.fileName(), lines, rejects, units, years,
                refresh == null ? null : refresh.getId(), refresh == null ? "not started" : refresh.getStatus().name());
    }

    private long remove(long importId) throws SQLException {
        try (Connection connection = duckDb.getConnection()) {
            connection.setAutoCommit(false);
            try (SqlScript.Variables bound = SqlScript.variables(connection, Map.of("import_id", importId));
                    Statement statement = connection.createStatement()) {
                long lines = SqlScript.single(connection, "SELECT count(*) FROM journal_entries WHERE import_id = ?",
                        importId);
                for (String sql : SqlScript.statements(SqlScript.read("db/load/rollback.sql"), Map.of())) {
                    statement.execute(sql);
                }
                connection.commit();
                return lines;
            }
            catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Re-derives the ledgers the import had touched (its business units' fiscal years); other ledgers keep theirs. */
    private JobExecution refresh(FiscalYears ledgers) {
        try {
            return jobOperator.start(refreshJob, ledgers.refreshParameters("rollback"));
        }
        catch (Exception e) {
            log.error("re-deriving {} after a rollback failed to start", ledgers.describe(), e);
            return null;
        }
    }

    private static Set<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
