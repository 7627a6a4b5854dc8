package com.jaia.aggregates;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

import com.jaia.duckdb.SqlScript;
import com.jaia.observability.Phases;
import com.jaia.pipeline.FiscalYears;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes the aggregate tables of the catalogue, per business unit and over all of them, for some fiscal years in
 * one DuckDB transaction: for each table it deletes the years' rows and inserts them again, so readers see the old
 * rows or the new ones and other years are never touched.
 * Tables that compare with the previous year also recompute the following year, whose rows read the refreshed one.
 */
class AggregateRefresher {

    private static final Logger log = LoggerFactory.getLogger(AggregateRefresher.class);

    private final DataSource duckDb;

    private final AggregateSql statements;

    /** DuckDB would fail one of two concurrent refreshes of the same rows with a write conflict: take turns. */
    private final ReentrantLock oneAtATime = new ReentrantLock();

    AggregateRefresher(DataSource duckDb, AggregateSql statements) {
        this.duckDb = duckDb;
        this.statements = statements;
    }

    AggregateRefresh refresh(FiscalYears request) {
        return refresh(request, Phases.NONE);
    }

    /** Refreshes, telling {@code progress} which table of the 17 is being refreshed and how many are done. */
    AggregateRefresh refresh(FiscalYears request, Phases progress) {
        long started = System.nanoTime();
        oneAtATime.lock();
        try (Connection connection = duckDb.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                AggregateRefresh refresh = refresh(connection, request, started, progress);
                connection.commit();
                log.info("Refreshed {} aggregate tables for fiscal years {}: {} rows in {} ms",
                        refresh.rowCounts().size(), refresh.fiscalYears(), refresh.totalRows(), refresh.millis());
                return refresh;
            }
            catch (SQLException | RuntimeException failure) {
                rollback(connection, failure);
                throw failure;
            }
            finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        catch (SQLException e) {
            throw new AggregateRefreshFailed("the aggregate tables", e);
        }
        finally {
            oneAtATime.unlock();
        }
    }

    private AggregateRefresh refresh(Connection connection, FiscalYears request, long started, Phases progress)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            SortedSet<Integer> ledgerYears = years(statement, "SELECT DISTINCT fiscal_year FROM journal_entries");
            SortedSet<Integer> years = request.all() ? allYears(statement, ledgerYears) : request.years();
            SortedSet<Integer> withFollowing = new TreeSet<>(years);
            years.stream().map(year -> year + 1).filter(ledgerYears::contains).forEach(withFollowing::add);
            LocalDateTime refreshedAt = LocalDateTime.now(ZoneOffset.UTC);
            Map<String, Long> rowCounts = new LinkedHashMap<>();
            Map<String, Long> tableMillis = new LinkedHashMap<>();
            List<Aggregate> aggregates = statements.catalogue().all();
            int tables = aggregates.size();
            int done = 0;
            try (SqlScript.Variables refreshYears = SqlScript.variables(connection,
                    Map.of(AggregateSql.REFRESH_YEARS, List.copyOf(years)))) {
                if (!years.isEmpty()) {
                    progress.at("inputs", 0, tables);
                    long inputsStarted = System.nanoTime();
                    execute(statement, AggregateSql.INPUTS, statements.inputs());
                    tableMillis.put(AggregateSql.INPUTS, (System.nanoTime() - inputsStarted) / 1_000_000);
                }
                for (Aggregate aggregate : aggregates) {
                    SortedSet<Integer> scope = aggregate.comparesWithPreviousYear() ? withFollowing : years;
                    progress.at(aggregate.table(), done++, tables);
                    if (!scope.isEmpty()) {
                        long tableStarted = System.nanoTime();
                        rowCounts.put(aggregate.table(), refreshTable(connection, aggregate, List.copyOf(scope),
                                refreshedAt));
                        tableMillis.put(aggregate.table(), (System.nanoTime() - tableStarted) / 1_000_000);
                    }
                }
                progress.at("done", done, tables);
                statement.execute(AggregateSql.DROP_INPUTS);
            }
            return new AggregateRefresh(years, rowCounts, tableMillis, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Replaces the years' rows of one table. The table's name cannot be a parameter: it is one of the catalogue's, which
     * {@link AggregateCatalogue} accepts only as {@code agg_[a-z0-9_]+}; the years and the time are parameters.
     */
    private long refreshTable(Connection connection, Aggregate aggregate, List<Integer> years,
            LocalDateTime refreshedAt) {
        String table = aggregate.table();
        try (SqlScript.Variables scope = SqlScript.variables(connection, Map.of(AggregateSql.FISCAL_YEARS, years));
                Statement statement = connection.createStatement()) {
            SqlScript.update(connection, "DELETE FROM " + table + " WHERE list_contains(?, fiscal_year)", years);
            long rows = statement.executeUpdate(statements.insertFor(aggregate));
            SqlScript.update(connection, "DELETE FROM aggregate_refreshes WHERE table_name = ? "
                    + "AND list_contains(?, fiscal_year)", table, years);
            SqlScript.update(connection, "INSERT INTO aggregate_refreshes SELECT ?, y.fiscal_year, count(a.fiscal_year), "
                    + "CAST(? AS TIMESTAMP) FROM (SELECT unnest(?) AS fiscal_year) y LEFT JOIN " + table + " a "
                    + "ON a.fiscal_year = y.fiscal_year GROUP BY y.fiscal_year", table, refreshedAt, years);
            return rows;
        }
        catch (SQLException | RuntimeException e) {
            throw new AggregateRefreshFailed(table, e);
        }
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        }
        catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void execute(Statement statement, String name, String sql) {
        try {
            statement.execute(sql);
        }
        catch (SQLException | RuntimeException e) {
            throw new AggregateRefreshFailed(name, e);
        }
    }

    /** Every year in the ledger plus every year refreshed before, so a year gone from the ledger is emptied. */
    private static SortedSet<Integer> allYears(Statement statement, SortedSet<Integer> ledgerYears)
            throws SQLException {
        SortedSet<Integer> years = new TreeSet<>(ledgerYears);
        years.addAll(years(statement, "SELECT DISTINCT fiscal_year FROM aggregate_refreshes"));
        return years;
    }

    private static SortedSet<Integer> years(Statement statement, String query) throws SQLException {
        SortedSet<Integer> years = new TreeSet<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                years.add(rows.getInt(1));
            }
        }
        return years;
    }

}
