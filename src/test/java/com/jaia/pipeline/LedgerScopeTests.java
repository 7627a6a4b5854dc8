package com.jaia.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.TestApi;
import com.jaia.intake.ImportRequest;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The unit of re-scoring is the ledger (business unit and fiscal year) an import touched: an import into one business
 * unit leaves another unit's ML scores, violations, risk scores and rules run of the same fiscal year as they were, and
 * each ledger's outcomes name the run that scored it. The test owns its business units in fiscal year 2046.
 */
@JaiaSpringTest
class LedgerScopeTests extends ImportJobTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    @Test
    void anImportIntoOneBusinessUnitLeavesAnotherOfTheSameYearUntouched() {
        var first = launcher.launch(ImportRequest.of(Ledgers.write(dir.resolve("a.csv"), "LSCOPE-A", "LA", 80, 2046),
                "test"));
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> violations = violations("LSCOPE-A");
        List<String> scores = scores("LSCOPE-A");
        List<String> ml = ml("LSCOPE-A");
        long firstRun = latestRun("LSCOPE-A");
        assertThat(scores).hasSize(160);
        assertThat(ml).hasSize(160);

        var second = launcher.launch(ImportRequest.of(Ledgers.write(dir.resolve("b.csv"), "LSCOPE-B", "LB", 40, 2046),
                "test"));

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(violations("LSCOPE-A")).as("the other unit's violations and their run").isEqualTo(violations);
        assertThat(scores("LSCOPE-A")).as("the other unit's risk scores and their run").isEqualTo(scores);
        assertThat(ml("LSCOPE-A")).as("the other unit's ML scores").isEqualTo(ml);
        assertThat(scores("LSCOPE-B")).hasSize(80);
        long secondRun = latestRun("LSCOPE-B");
        assertThat(secondRun).isGreaterThan(firstRun);
        assertThat(duckDb.sql("SELECT business_unit FROM rule_runs WHERE run_id = ?").param(secondRun)
            .query(String.class).single()).isEqualTo("LSCOPE-B");

        Map<String, Object> outcomes = TestApi.answering(port, "/api/v1").get()
            .uri("/rules/outcomes?fiscalYear=2046&size=10").retrieve().body(JSON);
        assertThat((List<?>) outcomes.get("items")).extracting(item -> ((Map<?, ?>) item).get("businessUnit") + " "
                + ((Map<?, ?>) item).get("runId"))
            .as("each ledger with the run that scored it")
            .containsExactly("LSCOPE-A " + firstRun, "LSCOPE-B " + secondRun);
    }

    private List<String> violations(String unit) {
        return duckDb.sql("SELECT concat_ws(' ', gl_detail_id, rule_id, score, run_id) FROM rule_violations "
                + "WHERE fiscal_year = 2046 AND business_unit_code = ? ORDER BY ALL").param(unit)
            .query(String.class).list();
    }

    private List<String> scores(String unit) {
        return duckDb.sql("SELECT concat_ws(' ', gl_detail_id, risk_score, journal_risk_band, run_id) FROM risk_scores "
                + "WHERE fiscal_year = 2046 AND business_unit_code = ? ORDER BY ALL").param(unit)
            .query(String.class).list();
    }

    private List<String> ml(String unit) {
        return duckDb.sql("SELECT concat_ws(' ', gl_detail_id, ml_score) FROM ml_scores "
                + "WHERE fiscal_year = 2046 AND business_unit_code = ? ORDER BY ALL").param(unit)
            .query(String.class).list();
    }

    private long latestRun(String unit) {
        return duckDb.sql("SELECT max(run_id) FROM risk_scores WHERE fiscal_year = 2046 AND business_unit_code = ?")
            .param(unit).query(Long.class).single();
    }

}
