package com.jaia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM started without a heap option runs the command in a child with JAIA's bound; the child's exit code and
 * output are the command's, and a SIGKILL of the started process leaves nothing running and nothing half-loaded.
 */
class BoundedHeapTests {

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    @Test
    void addsTheBoundAfterTheExecutableAndKeepsEverythingElse() {
        String[] args = { "import", "a b.csv" };
        Optional<List<String>> child = BoundedHeap.childCommand(List.of("java", "-Dx=1", "-jar", "jaia.jar", "import",
                "a b.csv"), args, "384m", Map.of(), 4 * GIB);
        assertThat(child).hasValueSatisfying(command -> {
            assertThat(command.get(1)).isEqualTo("-Xmx384m");
            int giveBack = BoundedHeap.GIVE_BACK_OPTIONS.size();
            assertThat(command.subList(2, 2 + giveBack)).containsExactlyElementsOf(BoundedHeap.GIVE_BACK_OPTIONS);
            assertThat(command.get(2 + giveBack)).startsWith("-D" + BoundedHeap.LAUNCHER_PID + "=");
            assertThat(command.subList(3 + giveBack, command.size())).containsExactly("-Dx=1", "-jar", "jaia.jar", "import",
                    "a b.csv");
        });
    }

    @Test
    void leavesAHeapTheUserChoseOrAnAgentAlone() {
        String[] args = { "import", "x.csv" };
        for (String option : List.of("-Xmx2g", "-Xms1g", "-XX:MaxRAMPercentage=50", "-XX:MaxHeapSize=1g",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005")) {
            assertThat(BoundedHeap.childCommand(List.of("java", option, "-jar", "jaia.jar", "import", "x.csv"), args,
                    "384m", Map.of(), 4 * GIB)).as(option).isEmpty();
        }
        assertThat(BoundedHeap.childCommand(List.of("java", "-jar", "jaia.jar", "import", "x.csv"), args, "384m",
                Map.of("JDK_JAVA_OPTIONS", " -Xmx3g"), 4 * GIB)).isEmpty();
        assertThat(BoundedHeap.childCommand(List.of("java", "-jar", "jaia.jar", "import", "x.csv"), args, "384m",
                Map.of(), 400L << 20)).as("the JVM's own maximum is already within the bound").isEmpty();
        assertThat(BoundedHeap.childCommand(List.of("java", "-jar", "jaia.jar", "import", "y.csv"), args, "384m",
                Map.of(), 4 * GIB)).as("a command line that does not end with the arguments").isEmpty();
    }

    @Test
    void readsTheBoundFromTheEnvironment() {
        assertThat(BoundedHeap.bound(Map.of())).contains(BoundedHeap.DEFAULT);
        assertThat(BoundedHeap.bound(Map.of(BoundedHeap.VARIABLE, "1G"))).contains("1g");
        assertThat(BoundedHeap.bound(Map.of(BoundedHeap.VARIABLE, "off"))).isEmpty();
        assertThatThrownBy(() -> BoundedHeap.bound(Map.of(BoundedHeap.VARIABLE, "lots")))
            .hasMessageContaining("JAIA_MAX_HEAP=lots is not a heap size");
        assertThat(BoundedHeap.bytes("384m")).isEqualTo(384L << 20);
    }

    @Test
    void killingTheStartedProcessEndsTheChildAndTheNextRunLoadsExactlyOnce() throws Exception {
        Path ledger = dir.resolve("ledger.csv");
        long lines = writeLedger(ledger, 40_000);
        Path data = dir.resolve("data");

        Process first = start(ledger, data, "run1");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
            .until(() -> Files.exists(data.resolve("jaia_meta.db")) || !first.isAlive());
        List<ProcessHandle> children = first.toHandle().children().toList();
        assertThat(first.isAlive()).as("the import ran to its end before it could be killed").isTrue();
        assertThat(children).as("the bounded child JVM").hasSize(1);
        assertThat(Files.readString(Path.of("/proc", Long.toString(children.get(0).pid()), "cmdline")).split("\0"))
            .contains("-Xmx160m");
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(children.get(0).onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the child after the kill")
            .isFalse();

        Process second = start(ledger, data, "run2");
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(dir.resolve("run2.log"));
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).as("the child's standard output").contains("rows loaded: " + lines);
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("jaia.duckdb"));
                ResultSet rs = duckDb.createStatement().executeQuery("SELECT count(*) FROM journal_entries")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(lines);
        }

        Process again = start(ledger, data, "run3");
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).as("the child's exit code").isEqualTo(4);
    }

    /** Runs {@code import} in a JVM given no heap option, as {@code java -jar jaia.jar import FILE} would be. */
    private Process start(Path ledger, Path data, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-cp", System.getProperty("java.class.path"), JaiaApplication.class.getName(), "import",
                ledger.toString(), "--jaia.data-dir=" + data, "--jaia.import.chunk-size=1000"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put(BoundedHeap.VARIABLE, "160m");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    private static long writeLedger(Path file, int journals) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("journal_id,journal_id_line_number,effective_date,gl_account_number,amount,"
                    + "debit_credit_indicator,fiscal_year\n");
            for (int j = 1; j <= journals; j++) {
                long amount = 1000 + (j * 7919L) % 1_000_000;
                out.write("H" + j + ",1,2024-06-03,5110," + amount + ",D,2024\n");
                out.write("H" + j + ",2,2024-06-03,2110," + amount + ",C,2024\n");
            }
        }
        return 2L * journals;
    }

}
