package com.jaia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jaia.JaiaSpringTest;
import com.jaia.duckdb.DuckDb;
import com.jaia.generator.GenerationSummary;
import com.jaia.generator.LedgerGenerator;
import com.jaia.generator.LedgerProfile;
import com.jaia.loading.ImportLedgerEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * What an import reports end to end, on generated ledgers with floating-point noise: amounts normalised to the
 * currency's decimals and counted (validation step, import summary, imports API), the ledger profile the rules inferred
 * (imports API, summary), and each rule's outcome and the cap per ledger (rules API). Each test owns its fiscal year.
 */
@JaiaSpringTest
class ImportReportTests {

    @Autowired
    ImportLauncher launcher;

    @Autowired
    ImportSummaries summaries;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port + "/api/v1")
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
            .build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void loadsYenAmountsWithFloatNoiseAsWholeYenAndReportsTheCountAndTheProfile() throws Exception {
        int year = 2050;
        Path noisy = dir.resolve("noisy.csv");
        Path clean = dir.resolve("clean.csv");
        GenerationSummary written = new LedgerGenerator(31, year, 0, LedgerProfile.STANDARD, 0.05).generate(3_000,
                noisy);
        new LedgerGenerator(31, year, 0, LedgerProfile.STANDARD, 0).generate(3_000, clean);
        assertThat(written.noisyAmounts()).isGreaterThan(50);

        JobExecution done = launcher.launch(ImportRequest.of(noisy, "test"));
        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long importId = done.getJobInstance().getInstanceId();
        ImportLedgerEntry entry = summaries.of(done).entry().orElseThrow();
        assertThat(entry.rowsRejected()).isZero();
        assertThat(entry.amountsNormalised()).isEqualTo(written.noisyAmounts());
        assertLoadedAsTheCleanFile(importId, clean, 3_000);
        assertThat(entry.debitTotal()).isEqualByComparingTo(entry.creditTotal());

        assertThat(step(done, "validateJournalStep").getExitStatus().getExitDescription())
            .contains("validated 3000 records: 3000 valid, 0 rejected; " + written.noisyAmounts()
                    + " lines had an amount written with floating-point noise");
        String text = summaries.of(done).render();
        assertThat(text).contains("amounts normalised: " + written.noisyAmounts() + " lines",
                "balances and totals are of the normalised amounts",
                "ledger profile (rules run", "fiscal year from month 4 named by its start year",
                "JPY with 0 decimals", "holiday calendar: JP", "columns filled: ", "risk cap: at most 5%");
        assertThat(text).containsPattern("non-discriminating rules(: none| \\(hit more than 20% of journals)");
        assertThat(done.getExitStatus().getExitDescription()).as("the job's own summary")
            .contains(written.noisyAmounts() + " amounts normalised from floating-point noise",
                    "ledger JPY, fiscal year from month 4 named by its start year", "holiday calendar JP",
                    "non-discriminating rules: ", "cap 5% moved ");
        assertThat(step(done, "scoreAnomaliesStep").getExitStatus().getExitDescription()).as("ML in its own step")
            .containsPattern("ML scored: \\d+ lines of fiscal years \\[" + year + "\\]");
        assertThat(step(done, "scoreAnomaliesStep").getWriteCount()).isGreaterThanOrEqualTo(3000);
        assertThat(step(done, "runAuditRulesStep").getExitStatus().getExitDescription())
            .contains("non-discriminating", "cap 5%", "ledger profile: fiscal year from month 4",
                    "; ML scored; ");

        Map<String, Object> detail = http.get().uri("/imports/{id}", importId).retrieve()
            .body(new ParameterizedTypeReference<>() { });
        assertThat((Map<String, Object>) detail.get("ledgerEntry")).containsEntry("importId", (int) importId)
            .containsEntry("amountsNormalised", (int) written.noisyAmounts());
        assertThat((Map<String, Object>) detail.get("amountNormalisation"))
            .containsEntry("lines", (int) written.noisyAmounts());
        assertThat((List<?>) detail.get("rejectsByReason")).isEmpty();
        Map<String, Object> profile = (Map<String, Object>) detail.get("ledgerProfile");
        assertThat(profile).containsEntry("fiscalYears", List.of(year)).containsEntry("fiscalYearStartMonth", 4)
            .containsEntry("fiscalYearNaming", "start_year").containsEntry("periodNumbering", "fiscal_period")
            .containsEntry("conventionsConfirmed", true).containsEntry("currency", "JPY").containsEntry("decimals", 0)
            .containsEntry("holidayCalendar", "JP").containsEntry("holidayCalendarSource", "currency JPY")
            .containsKeys("fiscalYearShare", "periodShare", "amountPercentiles", "materiality", "materialitySource",
                    "magnitude", "populatedColumns", "lastModifiedTracksChanges", "conventionsSource");
        assertThat((Map<String, Object>) profile.get("amountPercentiles")).containsKeys("p50", "p90", "p99", "p999");
        assertThat((List<Map<String, Object>>) profile.get("populatedColumns"))
            .anySatisfy(column -> assertThat(column).containsEntry("column", "prepared_by").containsKey("share"));

        Map<String, Object> outcomesPage = http.get().uri("/rules/outcomes?businessUnit=JP01&fiscalYear={y}", year)
            .retrieve().body(new ParameterizedTypeReference<>() { });
        assertThat(outcomesPage).containsEntry("totalItems", 1);
        List<Map<String, Object>> ledgers = (List<Map<String, Object>>) outcomesPage.get("items");
        assertThat(ledgers).singleElement().satisfies(ledger -> {
            assertThat(ledger).containsEntry("businessUnit", "JP01").containsEntry("fiscalYear", year)
                .containsEntry("journals", (int) entry.journalsLoaded()).containsEntry("maxHitShare", 0.2);
            Map<String, Object> cap = (Map<String, Object>) ledger.get("riskCap");
            assertThat(cap).containsEntry("maxFlaggedShare", 0.05).containsKey("journalsCapped");
            assertThat(((Number) cap.get("journalsFlagged")).longValue())
                .isLessThanOrEqualTo((long) Math.ceil(0.05 * entry.journalsLoaded()));
            List<Map<String, Object>> rules = (List<Map<String, Object>>) ledger.get("rules");
            assertThat(rules).hasSizeGreaterThan(80).allSatisfy(rule -> {
                assertThat(rule.get("status")).isIn("weighted", "non_discriminating", "not_applicable", "disabled");
                assertThat(rule).containsKeys("ruleId", "hits", "journalsHit", "journalShare", "runJournalShare",
                        "alwaysWeighted", "overridden", "reason");
            });
            assertThat(rules).filteredOn(rule -> "not_applicable".equals(rule.get("status")))
                .allSatisfy(rule -> assertThat((String) rule.get("reason")).isNotBlank());
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void loadsDollarAmountsWithFloatNoiseToTheCentAndAnswers404ForAnUnknownImport() throws Exception {
        int year = 2053;
        Path noisy = dir.resolve("us-noisy.csv");
        Path clean = dir.resolve("us-clean.csv");
        GenerationSummary written = new LedgerGenerator(37, year, 0, LedgerProfile.US_TRANSFERS, 0.05)
            .generate(2_000, noisy);
        GenerationSummary plain = new LedgerGenerator(37, year, 0, LedgerProfile.US_TRANSFERS, 0).generate(2_000,
                clean);
        assertThat(written.noisyAmounts()).isGreaterThan(30);

        JobExecution done = launcher.launch(ImportRequest.of(noisy, "test"));
        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long importId = done.getJobInstance().getInstanceId();
        assertThat(summaries.of(done).entry().orElseThrow().amountsNormalised()).isEqualTo(written.noisyAmounts());
        assertLoadedAsTheCleanFile(importId, clean, plain.lines());

        Map<String, Object> detail = http.get().uri("/imports/{id}", importId).retrieve()
            .body(new ParameterizedTypeReference<>() { });
        assertThat((Map<String, Object>) detail.get("ledgerProfile")).containsEntry("currency", "USD")
            .containsEntry("decimals", 2).containsEntry("holidayCalendar", "US");

        ResponseEntity<Map<String, Object>> missing = http.get().uri("/imports/987654321").retrieve()
            .toEntity(new ParameterizedTypeReference<>() { });
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getBody()).containsEntry("type", "/problems/import-not-found");
        assertThat((String) missing.getBody().get("detail")).contains("987654321");
    }

    /** Every loaded line has exactly the amount the same ledger written without noise has. */
    private void assertLoadedAsTheCleanFile(long importId, Path clean, long lines) {
        String file = clean.toAbsolutePath().toString().replace("'", "''");
        Long matching = duckDb.sql("SELECT count(*) FROM journal_entries e JOIN read_csv('" + file + "', header = true, "
                + "all_varchar = true) c ON c.gl_detail_id = e.gl_detail_id WHERE e.import_id = :importId "
                + "AND CAST(c.amount AS DECIMAL(18,2)) = e.amount "
                + "AND CAST(c.functional_amount AS DECIMAL(18,2)) = e.functional_amount")
            .param("importId", importId).query(Long.class).single();
        assertThat(matching).isEqualTo(lines);
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
            .orElseThrow();
    }

}
