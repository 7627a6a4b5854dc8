package com.jaia;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, for the tests that must kill it, restart it or run it as a command: started
 * from this test run's class path, its output in {@code dir/NAME.log}. The child JVM compiles with C1 only and
 * collects with the serial collector: these runs are short, and on a small machine their start-up is what costs.
 */
public final class ForkedJaia {

    /** What a finished command printed, and its exit code. */
    public record Run(int exitCode, String output) {
    }

    private ForkedJaia() {
    }

    /** Starts {@code JaiaApplication ARGS} in this directory with a 512 MB heap. */
    public static Process start(Path dir, String name, List<String> args) throws IOException {
        return start(null, dir, name, List.of("-Xmx512m"), Map.of(), args);
    }

    /**
     * Starts {@code JaiaApplication ARGS} in {@code workDir} (null: this directory) with the given JVM options and
     * environment variables (the rest of the environment is this one's, without {@code JDK_JAVA_OPTIONS} and
     * {@code JAVA_TOOL_OPTIONS}).
     */
    public static Process start(Path workDir, Path dir, String name, List<String> jvmOptions,
            Map<String, String> environment, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JaiaApplication.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir == null ? null : workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs {@code JaiaApplication ARGS} in {@code workDir} with a 256 MB heap to its end (at most five minutes). */
    public static Run run(Path workDir, Path dir, String name, String... args)
            throws IOException, InterruptedException {
        Process process = start(workDir, dir, name, List.of("-Xmx256m"), Map.of(), List.of(args));
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(name + " ended").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve(name + ".log")));
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
