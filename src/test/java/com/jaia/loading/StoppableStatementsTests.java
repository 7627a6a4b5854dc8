package com.jaia.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop request reaches the load's DuckDB transaction between its statements and during a running one, and the
 * rollback leaves nothing of the load behind.
 */
class StoppableStatementsTests {

    @TempDir
    Path dir;

    @Test
    void stopsBetweenStatementsAndTheRollbackKeepsNothing() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("between.duckdb"))) {
            connection.setAutoCommit(false);
            AtomicInteger checks = new AtomicInteger();
            try (Statement statement = connection.createStatement();
                    StoppableStatements statements = new StoppableStatements(statement,
                            () -> checks.incrementAndGet() > 2)) {
                statements.execute("CREATE TABLE loaded AS SELECT range AS id FROM range(1000)");
                assertThatThrownBy(() -> statements.execute("INSERT INTO loaded VALUES (1000)"))
                    .isInstanceOf(LoadStopped.class);
            }
            connection.rollback();
            assertThat(tableExists(connection, "loaded")).isFalse();
        }
    }

    @Test
    void cancelsARunningStatementWhenTheStopComesAndTheRollbackKeepsNothing() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("during.duckdb"))) {
            connection.setAutoCommit(false);
            AtomicInteger checks = new AtomicInteger();
            try (Statement statement = connection.createStatement();
                    StoppableStatements statements = new StoppableStatements(statement,
                            () -> checks.incrementAndGet() > 1)) {
                // far more work than any test run would wait for: only the cancel ends it
                assertThatThrownBy(() -> statements.execute("CREATE TABLE loaded AS SELECT sum(hash(range)) AS s "
                        + "FROM range(1000000000000)")).isInstanceOf(LoadStopped.class);
            }
            connection.rollback();
            assertThat(tableExists(connection, "loaded")).isFalse();
        }
    }

    private static boolean tableExists(Connection connection, String name) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement
            .executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = '" + name + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

}
