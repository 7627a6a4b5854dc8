package com.jaia.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * DuckDB's own CSV reader ({@code CREATE TABLE t AS SELECT * FROM read_csv(FILE)}) into a fresh temporary database:
 * the practical speed limit the import is measured against. Its {@code main} starts nothing but a JVM and DuckDB, so a
 * benchmark can run it as a bare process, without JAIA's Spring start-up:
 * {@code java -cp jaia.jar -Dloader.main=com.jaia.generator.ReadCsvReference
 * org.springframework.boot.loader.launch.PropertiesLauncher FILE [--memory-limit=1GB] [--threads=N]}.
 * Without a file, {@code --probe} opens DuckDB and runs one query: the floor of any command's start-up.
 */
public final class ReadCsvReference {

    private static final String USAGE = "usage: ReadCsvReference FILE [--memory-limit=1GB] [--threads=N] | --probe";

    private ReadCsvReference() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path file = null;
        boolean probe = false;
        Properties properties = new Properties();
        for (String arg : args) {
            if (arg.startsWith("--memory-limit=")) {
                properties.setProperty("memory_limit", arg.substring("--memory-limit=".length()));
            }
            else if (arg.startsWith("--threads=")) {
                properties.setProperty("threads", arg.substring("--threads=".length()));
            }
            else if (arg.equals("--probe")) {
                probe = true;
            }
            else if (!arg.startsWith("--") && file == null) {
                file = Path.of(arg).toAbsolutePath();
            }
            else {
                System.err.println(USAGE);
                return 2;
            }
        }
        if (probe == (file != null) || (file != null && !Files.isRegularFile(file))) {
            System.err.println(file != null ? "no such file: " + file : USAGE);
            return 2;
        }
        try {
            Result result = probe ? probe(properties) : load(file, properties);
            System.out.println("rows read: " + result.rows());
            System.out.printf("elapsed: %.2f s%n", result.seconds());
            System.out.printf("rows/s: %.0f%n", result.rows() / Math.max(result.seconds(), 1e-9));
            return 0;
        }
        catch (SQLException | UncheckedIOException e) {
            System.err.println("read_csv reference failed: " + e.getMessage());
            return 1;
        }
    }

    /** Loads {@code file} with DuckDB's reader into a temporary database and counts the rows. */
    static Result load(Path file, Properties properties) throws SQLException {
        Path dir = temporaryDirectory();
        try {
            long started = System.nanoTime();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("reference.duckdb"),
                    properties); Statement statement = connection.createStatement()) {
                try (PreparedStatement create = connection.prepareStatement(
                        "CREATE TABLE t AS SELECT * FROM read_csv(?)")) {
                    create.setString(1, file.toString());
                    create.execute();
                }
                return new Result(count(statement, "SELECT count(*) FROM t"), (System.nanoTime() - started) / 1e9);
            }
        }
        finally {
            deleteQuietly(dir);
        }
    }

    private static Result probe(Properties properties) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
                Statement statement = connection.createStatement()) {
            return new Result(count(statement, "SELECT 1"), (System.nanoTime() - started) / 1e9);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("jaia-reference-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    /** Rows loaded and seconds taken. */
    record Result(long rows, double seconds) {
    }

}
