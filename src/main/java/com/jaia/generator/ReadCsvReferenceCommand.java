package com.jaia.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code read-csv-reference FILE [--memory-limit=512MB] [--threads=N]}: loads a CSV with DuckDB's own reader
 * ({@code CREATE TABLE t AS SELECT * FROM read_csv(FILE)}) into a fresh temporary database and prints the rows and
 * seconds, the practical speed limit the import is measured against.
 */
@Component
class ReadCsvReferenceCommand implements JaiaCommand {

    @Override
    public String name() {
        return "read-csv-reference";
    }

    @Override
    public int run(String[] args) {
        CommandArguments arguments = CommandArguments.parse(args);
        List<String> positional = arguments.positional();
        if (positional.size() != 1 || !Files.isRegularFile(Path.of(positional.get(0)))) {
            System.err.println("usage: read-csv-reference FILE [--memory-limit=512MB] [--threads=N]");
            return 2;
        }
        Path file = Path.of(positional.get(0)).toAbsolutePath();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("jaia-reference-");
            Properties properties = new Properties();
            arguments.option("memory-limit").ifPresent(limit -> properties.setProperty("memory_limit", limit));
            arguments.option("threads").ifPresent(threads -> properties.setProperty("threads", threads));
            long started = System.nanoTime();
            long rows;
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("reference.duckdb"),
                    properties); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + file.toString().replace("'", "''")
                        + "')");
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM t")) {
                    count.next();
                    rows = count.getLong(1);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.println("rows read: " + rows);
            System.out.printf("elapsed: %.2f s%n", seconds);
            System.out.printf("rows/s: %.0f%n", rows / seconds);
            return 0;
        }
        catch (SQLException | IOException e) {
            System.err.println("jaia read-csv-reference: " + e.getMessage());
            return 1;
        }
        finally {
            if (dir != null) {
                try {
                    FileSystemUtils.deleteRecursively(dir);
                }
                catch (IOException ignored) {
                    // a temporary directory left behind is harmless
                }
            }
        }
    }

}
