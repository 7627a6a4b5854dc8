package com.jaia.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import com.jaia.ForkedJaia;
import com.jaia.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB has one writer process: a command started while another process holds the file says so and exits non-zero.
 */
class DuckDbLockTests {

    @TempDir
    Path dir;

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void importSaysPlainlyThatAnotherProcessHoldsTheDuckDbFile() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path ledger = dir.resolve("ledger.csv");
        Ledgers.writeDetailed(ledger, "LOCK", 3, 5);
        try (Connection holder = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("jaia.duckdb"))) {
            holder.createStatement().execute("CREATE TABLE held (x INTEGER)");
            ForkedJaia.Run run = ForkedJaia.run(dir, dir, "out", "import", ledger.toString(), "--jaia.data-dir=" + data);
            String output = run.output();
            assertThat(run.exitCode()).as(output).isEqualTo(3);
            assertThat(output).contains("is in use by another process");
            assertThat(output.lines()).as("one or two plain lines, the trace only in the log file").hasSizeLessThanOrEqualTo(2)
                .noneMatch(line -> line.contains("at com.") || line.contains("Exception"));
            try (var logs = Files.list(dir.resolve("logs"))) {
                assertThat(logs.map(DuckDbLockTests::read)).as("the trace is in the log file")
                    .anyMatch(log -> (log.contains("\tat ") || log.contains("\\tat ")) // a plain or a JSON-escaped frame
                        && log.contains("in use by another process"));
            }
        }
    }

}
