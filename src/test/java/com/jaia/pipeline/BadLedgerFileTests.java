package com.jaia.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.jaia.JaiaCommand;
import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.intake.ImportRequest;
import com.jaia.intake.ImportSummaries;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bad files of the foundation issue: each ends with a clear outcome and nothing half-loaded.
 */
@JaiaSpringTest
class BadLedgerFileTests extends ImportJobTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(BadLedgerFileTests.class);

    @Autowired
    ImportSummaries summaries;

    @Autowired
    java.util.List<JaiaCommand> commands;

    @Test
    void emptyFileFails() throws IOException {
        assertFailsLoadingNothing(Files.write(dir.resolve("empty.csv"), new byte[0]), "empty");
    }

    @Test
    void headerOnlyFileFails() throws IOException {
        assertFailsLoadingNothing(Files.writeString(dir.resolve("header.csv"), Ledgers.DETAILED_HEADER + "\n"), "no rows");
    }

    @Test
    void binaryFileFails() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(3).nextBytes(bytes);
        assertFailsLoadingNothing(Files.write(dir.resolve("random.csv"), bytes), "binary");
    }

    @Test
    void wrongDelimiterFails() throws IOException {
        Path file = Files.writeString(dir.resolve("semicolons.csv"),
                "journal_id;effective_date;gl_account_number;amount;debit_credit_indicator\nW1;2024-04-01;1110;5;D\n");
        assertFailsLoadingNothing(file, "delimit");
    }

    @Test
    void missingRequiredColumnFailsNamingItAndTheHeadersFound() throws IOException {
        Path file = Files.writeString(dir.resolve("noaccount.csv"),
                "journal_id,effective_date,amount,debit_credit_indicator\nM1,2024-04-01,5,D\nM1,2024-04-01,5,C\n");
        JobExecution execution = assertFailsLoadingNothing(file, "gl_account_number");
        assertThat(execution.getExitStatus().getExitDescription()).contains("effective_date");
        assertThat(summaries.of(execution).render()).as("what the import command prints")
            .contains("reason: validateJournalStep failed: missing required column", "gl_account_number",
                    "Headers found: journal_id, effective_date, amount, debit_credit_indicator");
    }

    @Test
    void theImportCommandSaysWhichColumnIsMissingInPlainLines() throws IOException {
        Path file = Files.writeString(dir.resolve("noaccount-cli.csv"),
                "journal_id,effective_date,amount,debit_credit_indicator\nC1,2024-04-01,7,D\nC1,2024-04-01,7,C\n");
        JaiaCommand importCommand = commands.stream().filter(command -> command.name().equals("import")).findFirst()
            .orElseThrow();
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.PrintStream both = new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8);
        int exit;
        System.setOut(both);
        System.setErr(both);
        try {
            exit = withoutConsoleLog(() -> importCommand.run(new String[] { file.toString() }));
        }
        finally {
            System.setOut(out);
            System.setErr(err);
        }
        String output = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(exit).as(output).isEqualTo(1);
        assertThat(output).contains("missing required column", "gl_account_number", "Headers found: journal_id");
        assertPlain(output);
    }

    @Test
    void truncatedLastLineIsRejectedWithItsJournal() throws IOException {
        LocalDate date = LocalDate.of(2024, 8, 1);
        String last = Ledgers.detailedLine(UNIT, "TR1", 2, date, "2110", 40, "C", "cut");
        Path file = Files.writeString(dir.resolve("truncated.csv"), Ledgers.DETAILED_HEADER + "\n"
                + Ledgers.detailedLine(UNIT, "TR0", 1, date, "5110", 40, "D", "ok")
                + Ledgers.detailedLine(UNIT, "TR0", 2, date, "2110", 40, "C", "ok")
                + Ledgers.detailedLine(UNIT, "TR1", 1, date, "5110", 40, "D", "x") + last.substring(0, last.length() / 2));

        long importId = completed(file);

        assertThat(ledger.findById(importId).orElseThrow().rowsLoaded()).isEqualTo(2);
        assertThat(ledger.rejectsByReason(importId)).containsKeys("WRONG_FIELD_COUNT", "JOURNAL_HAS_REJECTED_LINE");
    }

    @Test
    void tenThousandCharacterFieldIsRejectedWithItsJournal() throws IOException {
        LocalDate date = LocalDate.of(2024, 8, 2);
        Path file = Files.writeString(dir.resolve("long.csv"), Ledgers.DETAILED_HEADER + "\n"
                + Ledgers.detailedLine(UNIT, "LF1", 1, date, "5110", 40, "D", "x".repeat(10_000))
                + Ledgers.detailedLine(UNIT, "LF1", 2, date, "2110", 40, "C", "ok")
                + Ledgers.detailedLine(UNIT, "LF2", 1, date, "5110", 41, "D", "ok")
                + Ledgers.detailedLine(UNIT, "LF2", 2, date, "2110", 41, "C", "ok"));

        long importId = completed(file);

        assertThat(ledger.findById(importId).orElseThrow().rowsLoaded()).isEqualTo(2);
        assertThat(ledger.rejectsByReason(importId)).containsKeys("FIELD_TOO_LONG");
        assertThat(duckDb.sql("SELECT length(raw_line) FROM rejected_rows WHERE import_id = ? AND line_number = 2")
            .param(importId).query(Integer.class).single()).isLessThanOrEqualTo(2001);
    }

    @Test
    void invalidUtf8BytesAreRejectedWithTheirJournal() throws IOException {
        LocalDate date = LocalDate.of(2024, 8, 3);
        byte[] good = (Ledgers.DETAILED_HEADER + "\n"
                + Ledgers.detailedLine(UNIT, "IV1", 1, date, "5110", 9, "D", "正常")
                + Ledgers.detailedLine(UNIT, "IV1", 2, date, "2110", 9, "C", "正常")).getBytes(StandardCharsets.UTF_8);
        byte[] bad = Ledgers.detailedLine(UNIT, "IV2", 1, date, "5110", 9, "D", "BAD\u00ff")
            .getBytes(StandardCharsets.ISO_8859_1);
        byte[] rest = Ledgers.detailedLine(UNIT, "IV2", 2, date, "2110", 9, "C", "ok").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("invalid-utf8.csv");
        Files.write(file, concat(good, bad, rest));

        long importId = completed(file);

        assertThat(ledger.findById(importId).orElseThrow().rowsLoaded()).isEqualTo(2);
        assertThat(ledger.rejectsByReason(importId)).containsKeys("INVALID_ENCODING");
    }

    private long completed(Path file) {
        JobExecution execution = launcher.launch(ImportRequest.of(file, "test"));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return execution.getJobInstance().getInstanceId();
    }

    private JobExecution assertFailsLoadingNothing(Path file, String reason) {
        JobExecution execution = launcher.launch(ImportRequest.of(file, "test"));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getExitStatus().getExitDescription()).containsIgnoringCase(reason);
        assertPlain(execution.getExitStatus().getExitDescription());
        execution.getStepExecutions().forEach(step -> assertPlain(step.getExitStatus().getExitDescription()));
        assertPlain(summaries.of(execution).render());
        long importId = execution.getJobInstance().getInstanceId();
        assertThat(ledger.findById(importId)).isEmpty();
        assertThat(duckDb.sql("SELECT count(*) FROM journal_entries WHERE import_id = ?").param(importId)
            .query(Long.class).single()).isZero();
        return execution;
    }

    /**
     * Runs a command in this process as it runs on its own: a command's console log is off (the shared test context
     * logs to the console, which would mix its log records and their traces into what the command printed).
     */
    static int withoutConsoleLog(java.util.function.IntSupplier command) {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
            .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        java.util.List<ch.qos.logback.core.Appender<ch.qos.logback.classic.spi.ILoggingEvent>> consoles =
                new java.util.ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appender -> {
            if (appender instanceof ch.qos.logback.core.ConsoleAppender) {
                consoles.add(appender);
            }
        });
        consoles.forEach(root::detachAppender);
        try {
            return command.getAsInt();
        }
        finally {
            consoles.forEach(root::addAppender);
        }
    }

    /** What a person reads: no Java frames, no exception class names. */
    static void assertPlain(String text) {
        assertThat(text.lines()).as(text)
            .noneMatch(line -> line.contains("at com.") || line.contains("\tat ") || line.contains("Exception"));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

}
