package com.jaia.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import com.jaia.duckdb.SqlScript;

/**
 * The session variables of one rules run: each script or rule bound through it has its variables set on the
 * connection, and they stay set (the run's views read them whenever a rule queries them) until {@link #close()} resets
 * them all.
 */
final class RuleVariables implements AutoCloseable {

    private final Connection duckDb;

    private final Deque<SqlScript.Variables> set = new ArrayDeque<>();

    RuleVariables(Connection duckDb) {
        this.duckDb = duckDb;
    }

    /** Sets the variables the SQL reads and answers its text. */
    String bind(RuleSql sql) throws SQLException {
        set.push(SqlScript.variables(duckDb, sql.variables()));
        return sql.sql();
    }

    /** Binds a packaged script's {@code ${name}} parameters; {@code owner} names the script in errors and variables. */
    String bind(String script, Map<String, ?> parameters, String owner) throws SQLException {
        return bind(RuleSql.bind(script, parameters, owner));
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        while (!set.isEmpty()) {
            try {
                set.pop().close();
            }
            catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                }
                else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

}
