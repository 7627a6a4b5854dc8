package com.jaia;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, for the tests that must kill it, restart it or run it as a command: started
 * from this test run's class path, its output in {@code NAME.log} of a test directory.
 */
public final class ForkedJaia {

    private ForkedJaia() {
    }

    /** Starts {@code JaiaApplication ARGS}; its output goes to {@code logDir/NAME.log}. */
    public static Process start(Path logDir, String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.jaia.JaiaApplication"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(logDir.resolve(name + ".log").toFile())
            .start();
    }

    /** Asks the process to end, and kills it when it has not within 30 seconds. */
    public static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chunks the validation partitions have committed so far in the job repository under {@code data}. */
    public static long validationCommits(Path data) {
        return metaStoreQuery(data, "SELECT coalesce(sum(COMMIT_COUNT), 0) FROM BATCH_STEP_EXECUTION "
                + "WHERE STEP_NAME LIKE 'validateJournalPartitionStep%'");
    }

    /** The number a query of the job repository under {@code data} answers; 0 while it cannot be read yet. */
    public static long metaStoreQuery(Path data, String sql) {
        Path file = data.resolve("jaia_meta.db");
        if (!Files.exists(file)) {
            return 0;
        }
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file + "?busy_timeout=5000");
                ResultSet rs = sqlite.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
        catch (SQLException e) {
            return 0;
        }
    }

}
