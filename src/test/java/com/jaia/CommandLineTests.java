package com.jaia;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help and usage errors are answered by {@code main} before anything starts: no Spring context, no stores, no log
 * file, and never a stack trace.
 */
class CommandLineTests {

    @TempDir
    Path dir;

    private int runs;

    /** Runs the application's main class in its own JVM, in an empty working directory. */
    ForkedJaia.Run run(String... args) throws Exception {
        return ForkedJaia.run(Files.createDirectories(dir.resolve("work")), dir, "run" + ++runs, args);
    }

    @Test
    void helpListsTheCommandsAndExitsWithoutStartingAnything() throws Exception {
        for (String help : List.of("--help", "help")) {
            ForkedJaia.Run run = run(help);
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains("commands:", "import PATH", "demo", "masters", "evaluate", "exit codes");
            assertThat(run.output()).doesNotContain("Spring", "INFO", "at com.", "Exception");
        }
        try (var created = Files.list(dir.resolve("work"))) {
            assertThat(created).as("no data or log directory: nothing started").isEmpty();
        }
    }

    @Test
    void unknownCommandOrOptionPrintsUsageAndExits2() throws Exception {
        ForkedJaia.Run command = run("frobnicate");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.output()).contains("unknown command 'frobnicate'", "commands:")
            .doesNotContain("at com.", "Exception");
        ForkedJaia.Run option = run("import", "ledger.csv", "--fiscal-yaer=2024");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.output()).contains("unknown option '--fiscal-yaer' for import", "--fiscal-year=YYYY")
            .doesNotContain("at com.", "Exception");
    }

    @Test
    void tellsUnknownCommandsAndOptionsApart() {
        assertThat(Commands.problem(new String[] { "import", "x.csv", "--fiscal-year=2024", "--jaia.data-dir=d" }))
            .isEmpty();
        assertThat(Commands.problem(new String[] { "--server.port=8080" })).isEmpty();
        assertThat(Commands.problem(new String[] {})).isEmpty();
        assertThat(Commands.problem(new String[] { "--verbose" })).hasValueSatisfying(
                problem -> assertThat(problem).contains("unknown option '--verbose'"));
        assertThat(Commands.problem(new String[] { "demo", "-x" })).hasValueSatisfying(
                problem -> assertThat(problem).contains("unknown option '-x' for demo"));
        assertThat(Commands.problem(new String[] { "serve" })).hasValueSatisfying(
                problem -> assertThat(problem).contains("unknown command 'serve'"));
    }

}
