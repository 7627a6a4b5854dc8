package com.jaia.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jaia.ForkedJaia;
import com.jaia.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the {@code import} command (a separate JVM) with SIGKILL in the middle of validation and again in the load,
 * then runs it to the end: the result must be exactly that of an uninterrupted run.
 */
class ImportCrashRestartTests {

    @TempDir
    Path dir;

    @Test
    void restartAfterKillsEndsWithExactlyTheRowsOfACleanRun() throws Exception {
        Path ledger = dir.resolve("ledger.csv");
        long lines = Ledgers.writeDetailed(ledger, "K", 20_000, 11);
        LocalDate date = LocalDate.of(2024, 9, 2);
        Files.writeString(ledger, Ledgers.detailedLine("KBAD", 1, date, "5110", 5, "D", "x").replace("2024-09-02,2024",
                "2024-02-30,2024") + Ledgers.detailedLine("KBAD", 2, date, "2110", 5, "C", "x"), StandardOpenOption.APPEND);
        Path data = dir.resolve("data");

        Process first = startImport(ledger, data, "run1");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
            .until(() -> ForkedJaia.validationCommits(data) >= 4 || !first.isAlive());
        assertThat(first.isAlive()).as("the import ran to its end before it could be killed").isTrue();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process second = startImport(ledger, data, "run2");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
            .until(() -> loadStarted(data) || !second.isAlive());
        second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process third = startImport(ledger, data, "run3");
        assertThat(third.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(third.exitValue()).as(Files.readString(dir.resolve("run3.log"))).isZero();

        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("jaia.duckdb"))) {
            assertThat(single(duckDb, "SELECT count(*) FROM journal_entries")).isEqualTo(lines);
            assertThat(single(duckDb, "SELECT count(DISTINCT gl_detail_id) FROM journal_entries")).isEqualTo(lines);
            assertThat(single(duckDb, "SELECT count(*) FROM rejected_rows")).isEqualTo(2);
            assertThat(single(duckDb, "SELECT count(*) FROM imports")).isEqualTo(1);
            assertThat(single(duckDb, "SELECT rows_read FROM imports")).isEqualTo(lines + 2);
            assertThat(single(duckDb, "SELECT sum(CASE WHEN debit_credit_indicator = 'D' THEN amount ELSE -amount END)"
                    + " FROM journal_entries")).isZero();
        }
        Process again = startImport(ledger, data, "run4");
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).isEqualTo(4);
        assertThat(Files.readString(dir.resolve("run4.log"))).contains("already imported");
    }

    private Process startImport(Path ledger, Path data, String name) throws IOException {
        return ForkedJaia.start(dir, name, List.of("import", ledger.toString(), "--jaia.data-dir=" + data,
                "--jaia.import.chunk-size=2000"));
    }

    private static boolean loadStarted(Path data) {
        return ForkedJaia.metaStoreQuery(data,
                "SELECT count(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'loadJournalStep'") > 0;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
