package com.jaia.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;

import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The API's reads take turns: no more connections out at once than the setting allows, a turn ends when its
 * connection is closed (once, however often close is called), and a read that waits too long fails plainly.
 */
class BoundedReadersTests {

    @Test
    void letsAtMostTheConfiguredReadsRunAtOnce(@TempDir Path dir) throws Exception {
        SimpleDriverDataSource duckDb = new SimpleDriverDataSource(new DuckDBDriver(),
                "jdbc:duckdb:" + dir.resolve("readers.duckdb"));
        BoundedReaders readers = new BoundedReaders(duckDb, new DuckDbReaderSettings(2, Duration.ofMillis(200)));
        Connection first = readers.getConnection();
        Connection second = readers.getConnection();
        try (Statement statement = second.createStatement()) {
            assertThat(statement.execute("SELECT 42")).isTrue();
        }
        assertThatThrownBy(readers::getConnection).isInstanceOf(SQLTransientConnectionException.class)
            .hasMessageContaining("all 2 DuckDB readers stayed busy");
        first.close();
        first.close();
        Connection third = readers.getConnection();
        assertThatThrownBy(readers::getConnection).as("a second close gave no extra turn")
            .isInstanceOf(SQLTransientConnectionException.class);
        third.close();
        second.close();
        try (Connection a = readers.getConnection(); Connection b = readers.getConnection()) {
            assertThat(a.isClosed()).isFalse();
            assertThat(b.isClosed()).isFalse();
        }
    }

    @Test
    void defaultsToOneReadPerCoreAndAtLeastTwo() {
        DuckDbReaderSettings defaults = new DuckDbReaderSettings(0, null);
        assertThat(defaults.concurrency()).isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        assertThat(defaults.maxWait()).isEqualTo(Duration.ofSeconds(30));
    }

}
