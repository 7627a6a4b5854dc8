package com.jaia.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import com.jaia.JaiaCommand;
import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.TestApi;
import com.jaia.intake.ImportRequest;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A journal is (business unit, fiscal year, journal id): two units sharing journal numbers stay apart, a journal
 * loaded again is refused unless the import replaces its scope, and a rollback takes an import back; each time the
 * store reconciles to the source files. Each test owns its business units and fiscal year.
 */
@JaiaSpringTest
class ImportScopeTests extends ImportJobTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    List<JaiaCommand> commands;

    @LocalServerPort
    int port;

    RestClient http() {
        return TestApi.answering(port, "/api/v1");
    }

    @Test
    void keepsTwoBusinessUnitsWithTheSameJournalIdsApart() throws IOException {
        Source east = write(dir.resolve("east.csv"), "SCOPE-E", 2047, 6, 1);
        Source west = write(dir.resolve("west.csv"), "SCOPE-W", 2047, 6, 2);
        assertThat(launcher.launch(ImportRequest.of(east.file(), "test")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JobExecution second = launcher.launch(ImportRequest.of(west.file(), "test"));

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ledger.rejectsByReason(second.getJobInstance().getInstanceId())).isEmpty();
        assertReconciles(east);
        assertReconciles(west);
        assertThat(count("SELECT count(*) FROM risk_scores WHERE fiscal_year = 2047 "
                + "AND business_unit_code IN ('SCOPE-E', 'SCOPE-W')")).isEqualTo(east.lines()
                + west.lines());
        assertThat(count("SELECT count(DISTINCT (business_unit_code, journal_id)) FROM risk_scores "
                + "WHERE fiscal_year = 2047 AND business_unit_code IN ('SCOPE-E', 'SCOPE-W')")).isEqualTo(12);

        ResponseEntity<Map<String, Object>> ambiguous = http().get().uri("/journals/J1").retrieve().toEntity(JSON);
        assertThat(ambiguous.getStatusCode().value()).isEqualTo(409);
        assertThat(ambiguous.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat((List<?>) ambiguous.getBody().get("candidates")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ambiguous.getBody().get("candidates").toString()).contains("SCOPE-E", "SCOPE-W");
        Map<String, Object> journal = http().get().uri("/journals/J1?businessUnit=SCOPE-W&fiscalYear=2047")
            .retrieve().body(JSON);
        assertThat(journal).containsEntry("businessUnit", "SCOPE-W").containsEntry("fiscalYear", 2047);
        assertThat((List<?>) journal.get("lines")).hasSize(west.linesOf("J1"));

        for (Source source : List.of(east, west)) {
            Map<String, Object> kpi = onlyRow("/aggregates/agg_dashboard_kpi?fiscalYear=2047&businessUnit="
                    + source.unit());
            assertThat(kpi).containsEntry("businessUnitCode", source.unit());
            assertThat(((Number) kpi.get("entryCount")).longValue()).isEqualTo(source.lines());
            assertThat(((Number) kpi.get("journalCount")).longValue()).isEqualTo(6);
            assertThat(new BigDecimal(kpi.get("debitTotal").toString())).isEqualByComparingTo(source.total());
            assertThat(csvDebits("/aggregates/agg_by_period_account?fiscalYear=2047&businessUnit=" + source.unit()))
                .isEqualByComparingTo(source.total());
        }
        Map<String, Object> overall = onlyRow("/aggregates/agg_dashboard_kpi?fiscalYear=2047");
        assertThat(overall).containsEntry("businessUnitCode", "*");
        assertThat(((Number) overall.get("entryCount")).longValue()).isEqualTo(east.lines() + west.lines());
        assertThat(((Number) overall.get("journalCount")).longValue()).isEqualTo(12);
        assertThat(new BigDecimal(overall.get("debitTotal").toString()))
            .isEqualByComparingTo(east.total().add(west.total()));
        assertThat(csvDebits("/aggregates/agg_by_period_account?fiscalYear=2047"))
            .isEqualByComparingTo(east.total().add(west.total()));
        Map<String, Object> anomalies = http().get().uri("/aggregates/agg_anomaly_summary?fiscalYear=2047&size=1000")
            .retrieve().body(JSON);
        assertThat(((List<?>) anomalies.get("items")).stream().mapToLong(row -> ((Number) ((Map<?, ?>) row)
            .get("lineCount")).longValue()).sum()).isEqualTo(east.lines() + west.lines());
    }

    /** The single row the aggregates API answers for the query. */
    private Map<String, Object> onlyRow(String query) {
        Map<String, Object> page = http().get().uri(query).retrieve().body(JSON);
        List<?> rows = (List<?>) page.get("items");
        assertThat(rows).as(query).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) rows.get(0);
        return row;
    }

    /** The sum of the debit_total column of the aggregates API's CSV answer. */
    private BigDecimal csvDebits(String query) {
        List<String> lines = http().get().uri(query).header("Accept", "text/csv").retrieve().body(String.class)
            .lines().toList();
        int column = List.of(lines.get(0).split(",")).indexOf("debit_total");
        return lines.stream().skip(1).map(line -> new BigDecimal(line.split(",", -1)[column]))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void refusesAJournalLoadedBeforeThenReplacesAndRollsBackTheScope() throws IOException {
        Source original = write(dir.resolve("ledger.csv"), "SCOPE-R", 2042, 5, 3);
        Source corrected = write(dir.resolve("ledger-corrected.csv"), "SCOPE-R", 2042, 5, 4);
        long first = launcher.launch(ImportRequest.of(original.file(), "test")).getJobInstance().getInstanceId();

        JobExecution appended = launcher.launch(ImportRequest.of(corrected.file(), "test"));
        long appendedId = appended.getJobInstance().getInstanceId();
        assertThat(ledger.rejectsByReason(appendedId)).containsOnly(Map.entry("DUPLICATE_JOURNAL", corrected.lines()));
        assertThat(duckDb.sql("SELECT DISTINCT message FROM rejected_rows WHERE import_id = ?").param(appendedId)
            .query(String.class).list()).allSatisfy(message -> assertThat(message).contains("import #" + first));
        assertReconciles(original);

        Source replacement = write(dir.resolve("ledger-replacement.csv"), "SCOPE-R", 2042, 5, 5);
        JobExecution replaced = launcher.launch(new ImportRequest(replacement.file(), Optional.empty(),
                Optional.empty(), "test", true));
        assertThat(replaced.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long replacing = replaced.getJobInstance().getInstanceId();
        assertThat(ledger.rejectsByReason(replacing)).isEmpty();
        assertThat(ledger.findById(first).orElseThrow().status()).isEqualTo("replaced");
        assertReconciles(replacement);
        assertThat(count("SELECT count(*) FROM risk_scores WHERE business_unit_code = 'SCOPE-R' AND fiscal_year = 2042"))
            .isEqualTo(replacement.lines());

        ResponseEntity<Map<String, Object>> rolledBack = http().delete().uri("/imports/{id}", replacing).retrieve()
            .toEntity(JSON);
        assertThat(rolledBack.getStatusCode().value()).isEqualTo(200);
        assertThat(rolledBack.getBody()).containsEntry("refreshStatus", "COMPLETED");
        assertThat(ledger.findById(replacing).orElseThrow().status()).isEqualTo("rolled back");
        assertThat(count("SELECT count(*) FROM journal_entries WHERE business_unit_code = 'SCOPE-R'")).isZero();
        assertThat(count("SELECT count(*) FROM risk_scores WHERE business_unit_code = 'SCOPE-R'")).isZero();
        assertThat(count("SELECT count(*) FROM rule_violations WHERE business_unit_code = 'SCOPE-R'")).isZero();
        assertThat(count("SELECT count(*) FROM rejected_rows WHERE import_id = " + replacing)).isZero();
        assertThat(http().delete().uri("/imports/{id}", replacing).retrieve().toEntity(JSON).getStatusCode().value())
            .isEqualTo(409);
        assertThat(http().delete().uri("/imports/{id}", 987654321L).retrieve().toEntity(JSON).getStatusCode().value())
            .isEqualTo(404);

        JobExecution reimported = launcher.launch(ImportRequest.of(replacement.file(), "test"));
        assertThat(reimported.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertReconciles(replacement);
    }

    @Test
    void rollsAnImportBackThroughTheCommandLine() throws IOException {
        Source file = write(dir.resolve("cli-ledger.csv"), "SCOPE-C", 2048, 4, 7);
        long importId = launcher.launch(ImportRequest.of(file.file(), "test")).getJobInstance().getInstanceId();
        assertReconciles(file);
        assertThat(((Number) onlyRow("/aggregates/agg_dashboard_kpi?fiscalYear=2048&businessUnit=SCOPE-C")
            .get("entryCount")).longValue()).isEqualTo(file.lines());
        JaiaCommand rollback = commands.stream().filter(command -> command.name().equals("rollback")).findFirst()
            .orElseThrow();

        String[] printed = new String[1];
        int exit = printing(printed, () -> rollback.run(new String[] { String.valueOf(importId) }));

        assertThat(exit).isZero();
        assertThat(printed[0]).contains("import #" + importId, file.lines() + " lines", "SCOPE-C", "COMPLETED")
            .doesNotContain("Exception", "at com.");
        assertThat(ledger.findById(importId).orElseThrow().status()).isEqualTo("rolled back");
        assertThat(count("SELECT count(*) FROM journal_entries WHERE business_unit_code = 'SCOPE-C'")).isZero();
        assertThat(count("SELECT count(*) FROM risk_scores WHERE business_unit_code = 'SCOPE-C'")).isZero();
        assertThat(count("SELECT count(*) FROM agg_by_period_account WHERE business_unit_code = 'SCOPE-C'")).isZero();
        assertThat((List<?>) http().get().uri("/aggregates/agg_dashboard_kpi?fiscalYear=2048&businessUnit=SCOPE-C")
            .retrieve().body(JSON).get("items")).isEmpty();

        assertThat(printing(printed, () -> rollback.run(new String[] { String.valueOf(importId) }))).isEqualTo(4);
        assertThat(printed[0]).contains("rollback refused").doesNotContain("Exception", "at com.");
        assertThat(printing(printed, () -> rollback.run(new String[] { "not-an-id" }))).isEqualTo(2);

        assertThat(launcher.launch(ImportRequest.of(file.file(), "test")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertReconciles(file);
    }

    /** Runs a command, keeping what it printed (both streams) in {@code printed[0]}. */
    private static int printing(String[] printed, java.util.function.IntSupplier command) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.PrintStream both = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            return BadLedgerFileTests.withoutConsoleLog(command);
        }
        finally {
            System.setOut(out);
            System.setErr(err);
            printed[0] = bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void rejectsRowsWhoseFiscalYearDiffersFromTheGivenOneAndRefusesAnImpossibleYear() throws IOException {
        Source file = write(dir.resolve("years.csv"), "SCOPE-Y", 2043, 3, 6);
        JobExecution execution = launcher.launch(new ImportRequest(file.file(), Optional.of(2044), Optional.of("OTHER"),
                "test"));

        long importId = execution.getJobInstance().getInstanceId();
        assertThat(ledger.rejectsByReason(importId)).containsOnly(Map.entry("FISCAL_YEAR_MISMATCH", file.lines()));
        assertThat(duckDb.sql("SELECT line_number FROM rejected_rows WHERE import_id = ? ORDER BY 1").param(importId)
            .query(Long.class).list()).first().isEqualTo(2L);
        assertThat(duckDb.sql("SELECT message FROM rejected_rows WHERE import_id = ? LIMIT 1").param(importId)
            .query(String.class).single()).contains("2043").contains("2044");

        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new FileSystemResource(file.file()));
        form.add("fiscalYear", "-5");
        ResponseEntity<Map<String, Object>> refused = http().post().uri("/imports")
            .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(JSON);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("detail").toString()).contains("1900").contains("2200");
    }

    @Test
    void letsTheFileBusinessUnitWinAndFillsMissingOnesFromTheGivenOne() throws IOException {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, "journal_id,business_unit_code,effective_date,gl_account_number,amount,"
                + "debit_credit_indicator\nU1,SCOPE-F,2045-05-01,5110,10,D\nU1,SCOPE-F,2045-05-01,2110,10,C\n"
                + "U2,,2045-05-01,5110,20,D\nU2,,2045-05-01,2110,20,C\n");
        JobExecution execution = launcher.launch(new ImportRequest(file, Optional.empty(), Optional.of("SCOPE-G"),
                "test"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(duckDb.sql("SELECT journal_id || ' ' || business_unit_code FROM journal_entries WHERE import_id = ? "
                + "GROUP BY ALL ORDER BY 1").param(execution.getJobInstance().getInstanceId()).query(String.class)
            .list()).containsExactly("U1 SCOPE-F", "U2 SCOPE-G");
    }

    private void assertReconciles(Source source) {
        Map<String, Object> stored = duckDb.sql("SELECT count(*) AS lines, "
                + "coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), 0) AS debits, "
                + "coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'C'), 0) AS credits "
                + "FROM journal_entries WHERE business_unit_code = ? AND fiscal_year = ?")
            .params(source.unit(), source.fiscalYear()).query().singleRow();
        assertThat(((Number) stored.get("lines")).longValue()).isEqualTo(source.lines());
        assertThat((BigDecimal) stored.get("debits")).isEqualByComparingTo(source.total());
        assertThat((BigDecimal) stored.get("credits")).isEqualByComparingTo(source.total());
    }

    private long count(String sql) {
        return duckDb.sql(sql).query(Long.class).single();
    }

    /** A written ledger file and what it holds. */
    record Source(Path file, String unit, int fiscalYear, long lines, BigDecimal total, Map<String, Integer> journalLines) {

        int linesOf(String journalId) {
            return journalLines.get(journalId);
        }

    }

    /**
     * Balanced journals J1..Jn of 2 to 4 lines, all in the business unit and fiscal year (April start) given; the seed
     * changes line counts and amounts, not dates, as a corrected version of a ledger would.
     */
    private static Source write(Path file, String unit, int fiscalYear, int journals, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long lines = 0;
        long total = 0;
        Map<String, Integer> journalLines = new java.util.HashMap<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(Ledgers.DETAILED_HEADER + "\n");
            for (int j = 1; j <= journals; j++) {
                int count = 2 + random.nextInt(3);
                LocalDate date = LocalDate.of(fiscalYear, 4, 1).plusDays(j * 37L % 360); // corrected versions keep dates
                long debits = 0;
                for (int l = 1; l <= count; l++) {
                    boolean debit = l < count;
                    long amount = debit ? 1000 + random.nextInt(1_000_000) : debits;
                    debits += debit ? amount : 0;
                    out.write(Ledgers.detailedLine("J" + j, l, date, debit ? "5110" : "2110", amount, debit ? "D" : "C",
                            "scope " + j).replaceFirst(",BU1,", "," + unit + ","));
                    lines++;
                }
                total += debits;
                journalLines.put("J" + j, count);
            }
        }
        return new Source(file, unit, fiscalYear, lines, BigDecimal.valueOf(total), journalLines);
    }

}
