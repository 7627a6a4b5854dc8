package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jaia.JaiaSpringTest;
import com.jaia.duckdb.DuckDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The read paths answer what a plain sort and join of the stored rows answers: the violations list by page number and
 * by cursor (filters, ties, paging past the end, a list that changes between pages), and one journal's detail found
 * through its indexes rather than a scan of the year.
 */
@JaiaSpringTest
class ReadPathsTests {

    /** A business unit and fiscal year no other test writes. */
    static final String UNIT = "RDPATH";

    static final int YEAR = 2089;

    /** The violations of this test's ledger in list order, as the rows are stored: the order the API promises. */
    static final String EXPECTED = "SELECT v.gl_detail_id, v.rule_id FROM rule_violations v LEFT JOIN journal_entries je "
            + "ON je.gl_detail_id = v.gl_detail_id AND je.fiscal_year = v.fiscal_year "
            + "AND je.business_unit_code IS NOT DISTINCT FROM v.business_unit_code "
            + "WHERE v.business_unit_code = 'RDPATH' AND v.fiscal_year = 2089 AND (CAST(? AS VARCHAR) IS NULL OR "
            + "v.severity = ?) AND (CAST(? AS VARCHAR) IS NULL OR je.gl_account_number = ?) AND (CAST(? AS VARCHAR) "
            + "IS NULL OR je.prepared_by = ? OR je.approved_by = ?) "
            + "ORDER BY v.score DESC, v.journal_id, v.gl_detail_id, v.rule_id";

    static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void storeALedgerWithViolations() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port + "/api/v1")
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
            .build();
        removeTheLedger();
        String line = "INSERT INTO journal_entries (gl_detail_id, business_unit_code, fiscal_year, accounting_period, "
                + "journal_id, journal_id_line_number, effective_date, gl_account_number, amount, "
                + "debit_credit_indicator, prepared_by, approved_by, import_id, source_line_number) VALUES "
                + "(?, 'RDPATH', 2089, 1, ?, ?, DATE '2089-04-01', ?, ?, ?, ?, ?, 1, 1)";
        String violation = "INSERT INTO rule_violations (gl_detail_id, journal_id, fiscal_year, business_unit_code, "
                + "rule_id, category, severity, score, message, run_id) VALUES (?, ?, 2089, 'RDPATH', ?, 'amount', ?, ?, "
                + "'evidence', NULL)";
        String[] rules = { "AMT_ROUND_AMOUNT", "APR_SELF_APPROVAL", "TIM_LATE_NIGHT" };
        for (int j = 0; j < 40; j++) {
            String journal = "RP-" + (j % 2 == 0 ? j : 100 - j);
            for (int l = 1; l <= 2; l++) {
                String id = journal + "-" + l;
                duckDb.sql(line).params(id, journal, l, l == 1 ? "6110" : "1110", 1000 + j, l == 1 ? "D" : "C",
                        "U" + (j % 3), "U" + (j % 4)).update();
                for (int r = 0; r <= (j + l) % 3; r++) {
                    // few distinct scores: most of the order comes from the tie-breakers
                    duckDb.sql(violation).params(id, journal, rules[r], r == 0 ? "high" : "low",
                            (double) ((j * 7 + r) % 4) * 10).update();
                }
            }
        }
        // a violation whose line is not stored: it is listed, with an empty account
        duckDb.sql(violation).params("RP-GONE-1", "RP-GONE", rules[0], "high", 20.0).update();
    }

    @AfterEach
    void removeTheLedger() {
        duckDb.sql("DELETE FROM rule_violations WHERE business_unit_code = 'RDPATH'").update();
        duckDb.sql("DELETE FROM journal_entries WHERE business_unit_code = 'RDPATH'").update();
    }

    @Test
    void pagesAndCursorsListWhatTheStoredRowsSortTo() {
        for (String[] filter : new String[][] { { null, null, null }, { "high", null, null }, { null, "6110", null },
                { null, null, "U1" }, { "low", "1110", "U2" } }) {
            List<String> expected = expected(filter[0], filter[1], filter[2]);
            assertThat(expected).as("the filter keeps something").isNotEmpty();
            String query = "/violations?fiscalYear=2089" + (filter[0] == null ? "" : "&severity=" + filter[0])
                    + (filter[1] == null ? "" : "&account=" + filter[1]) + (filter[2] == null ? "" : "&user=" + filter[2]);
            for (int size : new int[] { 13, 1000 }) {
                List<String> byPage = new ArrayList<>();
                int pages = (expected.size() + size - 1) / size;
                for (int page = 0; page <= pages; page++) {
                    Map<String, Object> answer = get(query + "&size=" + size + "&page=" + page).getBody();
                    assertThat(answer).containsEntry("totalItems", expected.size()).containsEntry("totalPages", pages)
                        .containsEntry("page", page).containsEntry("size", size);
                    byPage.addAll(keys(answer));
                }
                assertThat(byPage).as(query + " size " + size + " by page, past the end included").isEqualTo(expected);

                List<String> byCursor = new ArrayList<>();
                ResponseEntity<Map<String, Object>> answer = get(query + "&size=" + size);
                byCursor.addAll(keys(answer.getBody()));
                int page = 0;
                while (answer.getHeaders().getFirst(HttpHeaders.LINK) != null) {
                    Matcher next = NEXT.matcher(answer.getHeaders().getFirst(HttpHeaders.LINK));
                    assertThat(next.find()).isTrue();
                    URI uri = URI.create(next.group(1));
                    assertThat(uri.getQuery()).contains("after=").doesNotContain("page=").contains("fiscalYear=2089");
                    answer = get(uri.getRawPath().replace("/api/v1", "") + "?" + uri.getRawQuery());
                    page++;
                    assertThat(answer.getBody()).containsEntry("page", page).containsEntry("totalItems", expected.size());
                    byCursor.addAll(keys(answer.getBody()));
                }
                assertThat(byCursor).as(query + " size " + size + " by cursor").isEqualTo(expected);
            }
        }
        Map<String, Object> gone = get("/violations?fiscalYear=2089&ruleId=AMT_ROUND_AMOUNT&size=1000").getBody();
        assertThat(items(gone)).filteredOn(item -> "RP-GONE-1".equals(item.get("glDetailId"))).singleElement()
            .satisfies(item -> assertThat(item.get("glAccountNumber")).isNull());
    }

    @Test
    void aListThatChangedIsReadAfreshAndItsOldCursorsAreRefused() {
        ResponseEntity<Map<String, Object>> first = get("/violations?fiscalYear=2089&size=5");
        String link = first.getHeaders().getFirst(HttpHeaders.LINK);
        assertThat(link).isNotNull();
        duckDb.sql("INSERT INTO rule_violations (gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_id, "
                + "category, severity, score, message, run_id) VALUES ('RP-0-1', 'RP-0', 2089, 'RDPATH', "
                + "'ACC_SUSPENSE', 'account', 'critical', 99, 'new', NULL)").update();
        Map<String, Object> fresh = get("/violations?fiscalYear=2089&size=5").getBody();
        assertThat(keys(fresh)).first().isEqualTo("RP-0-1 ACC_SUSPENSE");
        assertThat(fresh.get("totalItems")).isEqualTo(expected(null, null, null).size());

        Matcher next = NEXT.matcher(link);
        assertThat(next.find()).isTrue();
        URI uri = URI.create(next.group(1));
        ResponseEntity<Map<String, Object>> stale = get("/violations?" + uri.getRawQuery());
        assertThat(stale.getStatusCode().value()).isEqualTo(400);
        assertThat(stale.getBody()).containsEntry("type", "/problems/invalid-parameter")
            .containsEntry("parameter", "after");
        assertThat(stale.getBody().get("detail").toString()).contains("changed");
        ResponseEntity<Map<String, Object>> bogus = get("/violations?after=not-a-cursor");
        assertThat(bogus.getStatusCode().value()).isEqualTo(400);
        assertThat(bogus.getBody()).containsEntry("parameter", "after");
    }

    @Test
    void aJournalIsReadThroughItsIndexesNotAScanOfTheYear() {
        Map<String, Object> journal = get("/journals/RP-2?businessUnit=RDPATH&fiscalYear=2089").getBody();
        assertThat((List<?>) journal.get("lines")).hasSize(2);
        assertThat(journal.get("violations").toString()).contains("RP-2-1", "RP-2-2");
        for (String sql : List.of(RulesController.JOURNAL_CANDIDATES, RulesController.JOURNAL_LINES,
                RulesController.JOURNAL_VIOLATIONS)) {
            String plan = String.join("\n", duckDb.sql("EXPLAIN ANALYZE " + sql).param("id", "RP-2")
                .param("unit", UNIT).param("year", YEAR).query((row, n) -> row.getString(2)).list());
            assertThat(plan).as(sql).contains("Index Scan").doesNotContain("Type: Sequential Scan");
        }
    }

    private List<String> expected(String severity, String account, String user) {
        return duckDb.sql(EXPECTED).params(severity, severity, account, account, user, user, user)
            .query((row, n) -> row.getString(1) + " " + row.getString(2)).list();
    }

    private ResponseEntity<Map<String, Object>> get(String uri) {
        return http.get().uri(uri).retrieve().toEntity(new ParameterizedTypeReference<>() { });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<String> keys(Map<String, Object> page) {
        return items(page).stream().map(item -> item.get("glDetailId") + " " + item.get("ruleId")).toList();
    }

}
