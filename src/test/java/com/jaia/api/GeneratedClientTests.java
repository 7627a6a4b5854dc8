package com.jaia.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.jaia.JaiaSpringTest;
import com.jaia.client.ApiClient;
import com.jaia.client.ApiException;
import com.jaia.client.api.AggregatesApi;
import com.jaia.client.api.ImportsApi;
import com.jaia.client.api.JobsApi;
import com.jaia.client.api.JournalsApi;
import com.jaia.client.api.RulesApi;
import com.jaia.client.model.AggregatePage;
import com.jaia.client.model.ImportAccepted;
import com.jaia.client.model.JobDetail;
import com.jaia.client.model.JournalDetail;
import com.jaia.client.model.PageRejectedRow;
import com.jaia.client.model.PageViolation;
import com.jaia.client.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API as an integrator meets it: a client generated from the committed {@code docs/openapi.json} (and nothing
 * else) uploads a ledger, follows its job and reads the results. An answer that does not match the document (a
 * missing or renamed operation, parameter or field, an unknown enum value, another shape) fails here: the client
 * rejects properties its models do not know.
 */
@JaiaSpringTest
class GeneratedClientTests {

    /** A fiscal year and business unit of this test's own. */
    static final int YEAR = 2093;

    static final String UNIT = "OAPI";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    @Test
    void uploadsFollowsAndReadsTheResultsThroughTheGeneratedClient() throws Exception {
        ImportAccepted accepted = new ImportsApi(client).uploadLedger(ledger(), null, null, false);
        assertThat(accepted.getJob()).isEqualTo("/api/v1/jobs/" + accepted.getId());

        JobsApi jobs = new JobsApi(client);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
            .until(() -> !List.of("STARTING", "STARTED").contains(jobs.getJob(accepted.getId()).getStatus()));
        JobDetail job = jobs.getJob(accepted.getId());
        assertThat(job.getStatus()).isEqualTo("COMPLETED");
        assertThat(job.getSteps()).extracting(step -> step.getName()).contains("validateJournalStep",
                "loadJournalStep", "runAuditRulesStep", "refreshAggregatesStep");
        assertThat(job.getEnded().getOffset()).isNotNull();

        PageRejectedRow rejects = jobs.listRejects(accepted.getId(), 0, 100);
        assertThat(rejects.getTotalItems()).isEqualTo(2L);
        assertThat(rejects.getItems()).allSatisfy(row -> assertThat(row.getJournalId()).isEqualTo("OAPI-UNBALANCED"));

        PageViolation violations = new RulesApi(client).listViolations(YEAR, "APR_SELF_APPROVAL", null, null, null,
                null, 0, 50, null);
        assertThat(violations.getItems()).isNotEmpty()
            .allSatisfy(violation -> assertThat(violation.getBusinessUnitCode()).isEqualTo(UNIT))
            .anySatisfy(violation -> assertThat(violation.getJournalId()).isEqualTo("OAPI-SELF"));

        JournalDetail journal = new JournalsApi(client).getJournal("OAPI-SELF", UNIT, YEAR);
        assertThat(journal.getLines()).hasSize(2);
        assertThat(journal.getViolations().toString()).contains("APR_SELF_APPROVAL");

        AggregatesApi aggregates = new AggregatesApi(client);
        AggregatePage byAccount = aggregates.readAggregate("agg_by_period_account", YEAR, UNIT, null, 0, 100,
                null);
        assertThat(byAccount.getItems()).isNotEmpty()
            .allSatisfy(row -> assertThat(row).containsEntry("businessUnitCode", UNIT));
        assertThat(byAccount.getColumns()).contains("glAccountNumber");
        File csv = aggregates.exportAggregate("agg_by_period_account", YEAR, UNIT, null, null, null);
        List<String> csvLines = Files.readAllLines(csv.toPath(), StandardCharsets.UTF_8);
        assertThat(csvLines.get(0)).contains("gl_account_number");
        assertThat(csvLines).hasSize(byAccount.getTotalItems().intValue() + 1);

        ApiException missing = catchThrowableOfType(ApiException.class, () -> jobs.getJob(987_654_321L));
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(missing.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = client.getObjectMapper().readValue(missing.getResponseBody(), Problem.class);
        assertThat(problem.getType()).isEqualTo("/problems/job-not-found");
        assertThat(problem.getStatus()).isEqualTo(404);
    }

    /** Twenty balanced journals, one of them self-approved, and one unbalanced journal that is rejected. */
    private File ledger() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("gl_detail_id,business_unit_code,fiscal_year,accounting_period,journal_id,journal_id_line_number,"
                + "effective_date,entry_date,gl_account_number,amount,debit_credit_indicator,je_line_description,"
                + "prepared_by,approved_by");
        for (int j = 0; j < 20; j++) {
            String journal = j == 0 ? "OAPI-SELF" : "OAPI-" + j;
            String date = "2093-05-" + String.format("%02d", j % 20 + 1);
            String approver = j == 0 ? "U1" : "U2";
            String amount = (1200 + 37 * j) + ".00";
            lines.add(journal + "-1," + UNIT + "," + YEAR + ",2," + journal + ",1," + date + "," + date + ",6110,"
                    + amount + ",D,supplies " + j + ",U1," + approver);
            lines.add(journal + "-2," + UNIT + "," + YEAR + ",2," + journal + ",2," + date + "," + date + ",1110,"
                    + amount + ",C,supplies " + j + ",U1," + approver);
        }
        lines.add("OAPI-UNBALANCED-1," + UNIT + "," + YEAR + ",2,OAPI-UNBALANCED,1,2093-05-21,2093-05-21,6110,"
                + "500.00,D,unbalanced,U1,U2");
        lines.add("OAPI-UNBALANCED-2," + UNIT + "," + YEAR + ",2,OAPI-UNBALANCED,2,2093-05-21,2093-05-21,1110,"
                + "400.00,C,unbalanced,U1,U2");
        Path file = dir.resolve("openapi-client-ledger.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file.toFile();
    }

}
