package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.TestApi;
import com.jaia.duckdb.DuckDb;
import com.jaia.generator.LedgerGenerator;
import com.jaia.intake.ImportLauncher;
import com.jaia.intake.ImportRequest;
import com.jaia.masters.MasterLoader;
import com.jaia.pipeline.FiscalYears;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The refresh job scores a loaded ledger, the rules API reports the catalogue, violations and one journal, and the
 * scores of a generated ledger meet the evaluation targets.
 */
@JaiaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesApiTests {

    /** The business unit of the two journals: the refresh re-scores only them. */
    static final String UNIT = Ledgers.businessUnitOf(RulesApiTests.class);

    /** A fiscal year no other test writes, so the evaluation sees only the generated ledger. */
    static final int EVALUATED_YEAR = 2027;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("refreshJob")
    Job refreshJob;

    @Autowired
    EvaluateCommand evaluateCommand;

    @Autowired
    MasterLoader masterLoader;

    @Autowired
    ImportLauncher importLauncher;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    DataSource duckDbSource;

    @LocalServerPort
    int port;

    RestClient http;

    /**
     * Loads the two journals and runs the refresh job once for the class: the tests after it only read what that run
     * left (the evaluation, which imports a ledger of its own, runs last so the others read this run's outcomes).
     */
    @BeforeAll
    void loadLedgerAndRefresh() throws Exception {
        http = TestApi.answering(port, "/api/v1");
        duckDb.sql("DELETE FROM journal_entries WHERE journal_id LIKE 'API-%'").update();
        duckDb.sql("DELETE FROM accounts WHERE account_code IN ('1110', '6110', '4110')").update();
        duckDb.sql("INSERT INTO accounts (account_code, account_name, account_type) VALUES ('1110', '現金', 'asset'), "
                + "('6110', '消耗品費', 'expense'), ('4110', '売上高', 'revenue')").update();
        String line = "INSERT INTO journal_entries (gl_detail_id, business_unit_code, fiscal_year, accounting_period, "
                + "journal_id, effective_date, entry_date, entry_time, gl_account_number, amount, debit_credit_indicator, "
                + "je_line_description, prepared_by, approved_by, import_id, source_line_number) VALUES "
                + "(?, ?, 2024, 1, ?, DATE '2024-04-10', DATE '2024-04-10', TIME '10:00:00', ?, ?, ?, '文具購入', ?, ?, 1, 1)";
        duckDb.sql(line).params("API-1-1", UNIT, "API-1", "6110", 2000000, "D", "U1", "U1").update();
        duckDb.sql(line).params("API-1-2", UNIT, "API-1", "1110", 2000000, "C", "U1", "U1").update();
        duckDb.sql(line).params("API-2-1", UNIT, "API-2", "6110", 12345, "D", "U1", "U2").update();
        duckDb.sql(line).params("API-2-2", UNIT, "API-2", "1110", 12345, "C", "U1", "U2").update();
        var execution = jobOperator.start(refreshJob,
                FiscalYears.of(2024).ofBusinessUnits(UNIT).refreshParameters("test"));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void listsTheCatalogueWithLastRunOutcomes() {
        Map<String, Object> page = body("/rules?size=1000");
        List<Map<String, Object>> rules = items(page);
        assertThat(page.get("totalItems")).isEqualTo(rules.size());
        assertThat(rules).hasSizeGreaterThanOrEqualTo(80);
        assertThat(rules).anySatisfy(rule -> {
            assertThat(rule.get("rule").toString()).contains("APR_SELF_APPROVAL");
            assertThat(rule.get("lastRun").toString()).contains("status=ran");
        });
        // which rules applied depends on the data of the last run in the shared store; the not-applicable outcome
        // itself is covered by AuditRunTests
        assertThat(rules).allSatisfy(rule -> assertThat(String.valueOf(rule.get("lastRun")))
            .containsAnyOf("status=ran", "status=not_applicable", "status=non_discriminating", "status=disabled", "null"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersAndPagesViolations() {
        Map<String, Object> page = body("/violations?fiscalYear=2024&ruleId=APR_SELF_APPROVAL&user=U1&size=1");
        assertThat(page).containsEntry("totalItems", 2).containsEntry("totalPages", 2).containsEntry("size", 1);
        assertThat((List<?>) page.get("items")).singleElement().asString().contains("API-1");
        assertThat(items(page).get(0)).as("camelCase as the whole API")
            .containsKeys("glDetailId", "journalId", "fiscalYear", "ruleId", "glAccountNumber", "preparedBy");
        ResponseEntity<Map<String, Object>> bad = entity("/violations?size=0");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).containsKey("detail").containsEntry("parameter", "size");
        ResponseEntity<Map<String, Object>> unknown = entity("/violations?severity=BOGUS");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).containsEntry("type", "/problems/invalid-parameter")
            .containsEntry("parameter", "severity");
        assertThat(unknown.getBody().get("acceptedValues").toString()).contains("critical", "high", "low");
    }

    @Test
    void showsAJournalWithLinesViolationsAndScoresOrAProblem() {
        Map<String, Object> journal = body("/journals/API-1");
        assertThat(journal.get("journalRiskBand")).isIn("high", "critical");
        assertThat((List<?>) journal.get("lines")).hasSize(2);
        assertThat(journal.get("violations").toString()).contains("APR_SELF_APPROVAL", "AMT_ROUND_AMOUNT");
        ResponseEntity<Map<String, Object>> missing = entity("/journals/NOPE");
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType().toString()).contains("problem+json");
    }

    @Test
    void listsAndOverridesAccountClasses() {
        List<Map<String, Object>> classes = items(body("/account-classes?size=1000"));
        assertThat(classes).anySatisfy(a -> assertThat(a).containsEntry("accountCode", "1110")
            .containsEntry("accountClass", "cash"));
        Map<String, Object> changed = http.put().uri("/account-classes/6110")
            .body(Map.of("accountClass", "suspense", "reason", "review")).retrieve()
            .body(new ParameterizedTypeReference<>() { });
        assertThat(changed).containsEntry("accountClass", "suspense").containsEntry("source", "override");
        http.put().uri("/account-classes/6110").body(Map.of("reason", "undo")).retrieve().toBodilessEntity();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void scoresAGeneratedLedgerWithinTheRecallAndFalsePositiveTargets(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger.csv");
        Path labels = dir.resolve("labels.csv");
        LedgerGenerator generator = new LedgerGenerator(7, EVALUATED_YEAR, LedgerGenerator.DEFAULT_ANOMALY_RATE);
        generator.generate(30_000, ledger, labels);
        generator.writeMasters(Files.createDirectories(dir.resolve("masters")));
        assertThat(masterLoader.loadDirectory(dir.resolve("masters"), true, "test")).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(importLauncher.launch(ImportRequest.of(ledger, "test")).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        EvaluationReport report;
        try (Connection connection = duckDbSource.getConnection()) {
            report = Evaluation.evaluate(connection, labels);
        }

        assertThat(report.labelledJournals()).isGreaterThan(100);
        assertThat(report.cleanJournals()).isGreaterThan(5_000);
        assertThat(report.recall()).as(report.format()).isGreaterThanOrEqualTo(0.98);
        assertThat(report.falsePositiveRate()).as(report.format()).isLessThanOrEqualTo(0.03);
        assertThat(evaluateCommand.run(new String[] { "--labels=" + labels })).isZero();
    }

    private Map<String, Object> body(String uri) {
        return http.get().uri(uri).retrieve().body(new ParameterizedTypeReference<>() { });
    }

    /** The answer whatever its status (a problem's too). */
    private ResponseEntity<Map<String, Object>> entity(String uri) {
        return http.get().uri(uri).retrieve().toEntity(new ParameterizedTypeReference<>() { });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

}
