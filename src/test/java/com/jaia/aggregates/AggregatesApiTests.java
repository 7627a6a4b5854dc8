package com.jaia.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jaia.JaiaSpringTest;
import com.jaia.TestApi;
import com.jaia.duckdb.DuckDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The aggregates API over HTTP, after {@code refreshAggregatesStep} has run in a job for fiscal years 2091 and 2092
 * (years no other test uses) of {@link SmallLedger}.
 */
@JaiaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatesApiTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    DataSource duckDb;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("refreshAggregatesStep")
    Step refreshAggregatesStep;

    RestClient http;

    @BeforeAll
    void refreshThroughTheStep() throws Exception {
        SmallLedger.load(new DuckDbFixture(duckDb), 2091);
        new DuckDbFixture(duckDb).insert(Line.debit("9", 2091, 2, "J9", "2024-05-11", "=1+2", "1.00"),
                Line.credit("10", 2091, 2, "J9", "2024-05-11", "@cmd", "1.00"));
        Job job = new JobBuilder("aggregatesApiTestJob", jobRepository).start(refreshAggregatesStep).build();
        JobExecution execution = jobOperator.start(job, new JobParametersBuilder()
            .addString("fiscalYears", "2091,2092").addLong("run", System.nanoTime()).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        http = TestApi.answering(port, "/api/v1/aggregates");
    }

    @Test
    void listsTheSeventeenTablesWithRowCountsAndLastRefresh() {
        Map<String, Object> page = http.get().retrieve()
            .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(page).containsEntry("totalItems", 17).containsEntry("totalPages", 1).containsEntry("page", 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tables = (List<Map<String, Object>>) page.get("items");

        assertThat(tables).hasSize(17).allSatisfy(table -> {
            assertThat(table).containsKeys("name", "description", "rowCount", "lastRefresh", "fiscalYears");
            assertThat(table.get("lastRefresh")).isNotNull();
        });
        assertThat(tables).filteredOn(table -> table.get("name").equals("agg_by_period_account")).singleElement()
            .satisfies(table -> assertThat(((Number) table.get("rowCount")).longValue()).isGreaterThanOrEqualTo(7));
    }

    @Test
    void filtersByFiscalYearAndPeriodAndPages() {
        Map<String, Object> page = http.get()
            .uri("/agg_by_period_account?fiscalYear=2091&period=1&page=1&size=2").retrieve()
            .body(new ParameterizedTypeReference<Map<String, Object>>() { });

        assertThat(page).containsEntry("totalItems", 3).containsEntry("totalPages", 2).containsEntry("page", 1)
            .containsEntry("size", 2).containsEntry("businessUnit", "*");
        List<?> rows = (List<?>) page.get("items");
        assertThat(rows).singleElement().satisfies(row -> assertThat(asMap(row))
            .containsEntry("glAccountNumber", "5000").containsEntry("debitTotal", 15000.00)
            .containsEntry("firstDate", "2024-04-06"));
    }

    @Test
    void filtersByBusinessUnitAndListsTheUnitsOfEachTable() {
        Map<String, Object> unit = http.get()
            .uri("/agg_by_period_account?fiscalYear=2091&businessUnit=BU1&period=1")
            .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(unit).containsEntry("businessUnit", "BU1").containsEntry("totalItems", 3);
        assertThat((List<?>) unit.get("items")).allSatisfy(row -> assertThat(asMap(row))
            .containsEntry("businessUnitCode", "BU1"));
        Map<String, Object> none = http.get()
            .uri("/agg_by_period_account?fiscalYear=2091&businessUnit=NO-SUCH-UNIT")
            .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(none).containsEntry("totalItems", 0);
        assertThat(http.get().uri("/agg_by_user?fiscalYear=2091&businessUnit=BU1&format=csv").retrieve()
            .body(String.class).lines().skip(1)).isNotEmpty()
            .allSatisfy(line -> assertThat(line).startsWith("2091,BU1,"));

        Map<String, Object> catalogue = http.get().retrieve()
            .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        List<Map<String, Object>> tables = (List<Map<String, Object>>) catalogue.get("items");
        assertThat(tables)
            .filteredOn(table -> List.of("agg_by_period_account", "agg_high_risk").contains(table.get("name")))
            .hasSize(2).allSatisfy(table -> assertThat((List<Object>) table.get("businessUnits")).contains("BU1")
                .doesNotContain("*"));
    }

    @Test
    void answersCsvWithFormulaCellsNeutralised() {
        ResponseEntity<String> csv = http.get().uri("/agg_by_period_account?fiscalYear=2091&period=2")
            .header("Accept", "text/csv").retrieve().toEntity(String.class);

        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("fiscal_year,business_unit_code,accounting_period,gl_account_number,")
            .contains("2091,*,2,1000,")
            .contains("2091,*,2,'=1+2,,,1.00,0.00,1.00,")
            .contains("2091,*,2,'@cmd,,,0.00,1.00,-1.00,");
        assertThat(http.get().uri("/agg_by_period_account?fiscalYear=2091&period=2&format=csv").retrieve()
            .body(String.class)).isEqualTo(csv.getBody());
    }

    @Test
    void answersAnUnknownTableWithNotFound() {
        ResponseEntity<Map<String, Object>> problem = http.get().uri("/journal_entries").retrieve()
            .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });

        assertThat(problem.getStatusCode().value()).isEqualTo(404);
        assertThat(problem.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(problem.getBody()).containsEntry("status", 404).containsKey("detail");
    }

    @Test
    void answersBadParametersWithBadRequest() {
        for (String query : List.of("/agg_by_user?period=1", "/agg_by_user?page=-1", "/agg_by_user?size=0",
                "/agg_by_user?fiscalYear=abc", "/agg_by_user?format=xml", "/agg_by_user?size=1000000")) {
            ResponseEntity<Map<String, Object>> problem = http.get().uri(query).retrieve()
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
            assertThat(problem.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(problem.getBody()).as(query).containsEntry("status", 400).containsKey("detail");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object row) {
        return (Map<String, Object>) row;
    }

}
