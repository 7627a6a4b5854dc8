package com.jaia.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import com.jaia.JaiaSpringTest;
import com.jaia.TestApi;
import com.jaia.duckdb.DuckDb;

/**
 * The reviews API, the health report of the LLM chain and the {@code review} command in the shared context, which
 * has no LLM provider configured.
 */
@JaiaSpringTest
class ReviewsApiTests {

    /** A fiscal year and business unit no other test writes. */
    static final int YEAR = 2033;

    static final String UNIT = "REVIEWS-API";

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @Autowired
    ReviewCommand reviewCommand;

    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void storeReviews() {
        http = TestApi.answering(port, "/api/v1");
        duckDb.sql("delete from llm_reviews where fiscal_year = ? and business_unit_code = ?").params(YEAR, UNIT)
            .update();
        String row = "insert into llm_reviews (import_id, fiscal_year, journal_id, business_unit_code, risk_score, "
                + "risk_band, status, skip_reason, verdict, confidence, reviewed_at) "
                + "values (990001, ?, ?, ?, ?, 'high', ?, ?, ?, ?, now())";
        duckDb.sql(row).params(YEAR, "R1", UNIT, 90.0, "reviewed", null, "suspicious", 0.9).update();
        duckDb.sql(row).params(YEAR, "R2", UNIT, 80.0, "reviewed", null, "likely_legitimate", 0.7).update();
        duckDb.sql(row).params(YEAR, "R3", UNIT, 70.0, "deferred", "no LLM provider answered: openai: unreachable",
                null, null).update();
        duckDb.sql(row).params(YEAR, "R4", UNIT, 65.0, "skipped", "budget exhausted", null, null).update();
        duckDb.sql(row).params(YEAR, "R5", UNIT, 60.0, "deferred", "no LLM provider answered: openai: unreachable",
                null, null).update();
    }

    @Test
    void listsReviewsFilteredAndPaged() {
        Map<String, Object> page = get("/reviews?fiscalYear=" + YEAR + "&businessUnit=" + UNIT
                + "&status=DEFERRED&page=0&size=1");
        assertThat(page).containsEntry("page", 0).containsEntry("size", 1).containsEntry("totalItems", 2)
            .containsEntry("totalPages", 2);
        List<Map<String, Object>> items = items(page);
        assertThat(items).singleElement().satisfies(item -> assertThat(item)
            .containsEntry("journalId", "R3").containsEntry("status", "deferred")
            .containsEntry("businessUnit", UNIT).containsEntry("fiscalYear", YEAR)
            .containsEntry("reason", "no LLM provider answered: openai: unreachable"));
        assertThat(items(get("/reviews?fiscalYear=" + YEAR + "&businessUnit=" + UNIT + "&status=deferred&page=1&size=1")))
            .extracting(item -> item.get("journalId")).containsExactly("R5");
        assertThat(items(get("/reviews?fiscalYear=" + YEAR + "&businessUnit=" + UNIT + "&verdict=suspicious")))
            .extracting(item -> item.get("journalId")).containsExactly("R1");
        assertThat(items(get("/reviews?fiscalYear=" + YEAR + "&businessUnit=" + UNIT)))
            .extracting(item -> item.get("journalId")).containsExactly("R1", "R2", "R3", "R4", "R5");
    }

    @Test
    void answersAnUnknownStatusOrVerdictWithAProblemNamingTheParameterAndTheAcceptedValues() {
        ResponseEntity<Map<String, Object>> status = http.get().uri("/reviews?status=BOGUS").retrieve()
            .toEntity(new ParameterizedTypeReference<>() { });
        assertThat(status.getStatusCode().value()).isEqualTo(400);
        assertThat(status.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(status.getBody()).containsEntry("parameter", "status")
            .containsEntry("acceptedValues", List.of("reviewed", "skipped", "deferred"));
        assertThat(status.getBody().get("detail").toString()).contains("BOGUS", "reviewed, skipped, deferred");
        ResponseEntity<Map<String, Object>> verdict = http.get().uri("/reviews?verdict=fine").retrieve()
            .toEntity(new ParameterizedTypeReference<>() { });
        assertThat(verdict.getStatusCode().value()).isEqualTo(400);
        assertThat(verdict.getBody()).containsEntry("parameter", "verdict");
        assertThat(http.get().uri("/reviews?fiscalYear=abc").retrieve().toBodilessEntity().getStatusCode().value())
            .isEqualTo(400);
        assertThat(http.get().uri("/reviews?size=0").retrieve().toBodilessEntity().getStatusCode().value())
            .isEqualTo(400);
    }

    @Test
    void healthReportsTheLlmChainWithoutBecomingUnhealthy() {
        Map<String, Object> health = get("/health");
        assertThat(health).containsEntry("status", "healthy");
        @SuppressWarnings("unchecked")
        Map<String, Object> llm = (Map<String, Object>) health.get("llm");
        assertThat(llm).containsEntry("status", "not_configured").containsEntry("providers", List.of());
        assertThat(((Number) llm.get("deferredReviews")).longValue()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void retryWithoutAProviderIsAConflictThatSaysWhatToSet() {
        ResponseEntity<Map<String, Object>> retry = http.post().uri("/reviews/retry?fiscalYear=" + YEAR).retrieve()
            .toEntity(new ParameterizedTypeReference<>() { });
        assertThat(retry.getStatusCode().value()).isEqualTo(409);
        assertThat(retry.getBody().get("detail").toString()).contains("LLM_PROVIDER");
        assertThat(duckDb.sql("select count(*) from llm_reviews where fiscal_year = ? and status = 'deferred'")
            .param(YEAR).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void reviewCommandSaysPlainlyWhatIsWrong() {
        assertThat(run("--fiscal-year=" + YEAR)).startsWith("1|").contains("no LLM provider is configured",
                "LLM_PROVIDER").doesNotContain("at com.", "Exception");
        assertThat(run("--fiscal-year=abc")).startsWith("2|").contains("--fiscal-year must be a year", "usage: review");
        assertThat(run("--bogus")).startsWith("2|").contains("unknown option --bogus");
    }

    private String run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            int code = reviewCommand.run(args);
            return code + "|" + captured.toString(StandardCharsets.UTF_8);
        }
        finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Map<String, Object> get(String uri) {
        return http.get().uri(uri).retrieve().body(new ParameterizedTypeReference<>() { });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

}
