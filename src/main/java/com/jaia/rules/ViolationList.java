package com.jaia.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.SqlScript;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The violations in the API's list order, kept as the table {@code violation_list} (positions from 1, each violation
 * joined once to its line) so that a page reads a range of positions and does not sort or join the year again. The
 * table is derived: it is rebuilt, in one transaction with the token of what it was built from, by the first read
 * that finds the rule results or the journal lines changed (a rules run, an import, a rollback or a replace). Counts
 * of a filter are kept with the token they were counted at.
 */
@Component
class ViolationList {

    private static final String TOKEN = SqlScript.read("com/jaia/rules/violation-list-token.sql");

    private static final String STATE = SqlScript.read("com/jaia/rules/violation-list-state.sql");

    private static final List<String> REBUILD = SqlScript.statements(
            SqlScript.read("com/jaia/rules/violation-list.sql"), Map.of());

    private final DataSource duckDbSource;

    private final JdbcClient duckDb;

    private final Map<CountKey, Long> counts = new ConcurrentHashMap<>();

    /** The token of the table as this process last saw it built; null before the first read. */
    private volatile String built;

    ViolationList(@Qualifier(DuckDb.QUALIFIER) DataSource duckDbSource, @Qualifier(DuckDb.READERS) JdbcClient duckDb) {
        this.duckDbSource = duckDbSource;
        this.duckDb = duckDb;
    }

    /** A count of one filter at one version of the list. */
    private record CountKey(String token, Object filter) {
    }

    /**
     * The token of the list, after bringing the table up to date with the rule results and journal lines: one cheap
     * query when nothing changed, a rebuild (one sort and join of the violations) when something did.
     */
    String current() {
        String token = duckDb.sql(TOKEN).query(String.class).single();
        if (token.equals(built)) {
            return token;
        }
        synchronized (this) {
            if (token.equals(built)) {
                return token;
            }
            List<String> stored = duckDb.sql(STATE).query(String.class).list();
            if (stored.size() == 1 && stored.get(0).equals(token)) {
                built = token;
                counts.clear();
                return token;
            }
            built = rebuild();
            counts.clear();
            return built;
        }
    }

    /** The count of a filter at this token, counted once. */
    long count(String token, Object filter, Supplier<Long> counter) {
        return counts.computeIfAbsent(new CountKey(token, Objects.requireNonNull(filter)), key -> counter.get());
    }

    /** Rebuilds the table from one snapshot and answers the token of that snapshot. */
    private String rebuild() {
        try (Connection connection = duckDbSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                String token;
                try (Statement statement = connection.createStatement();
                        var rows = statement.executeQuery(TOKEN)) {
                    rows.next();
                    token = rows.getString(1);
                }
                for (String sql : REBUILD) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        if (sql.contains("?")) {
                            statement.setString(1, token);
                        }
                        statement.execute();
                    }
                }
                connection.commit();
                return token;
            }
            catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot rebuild the violations list: " + e.getMessage(), e);
        }
    }

}
