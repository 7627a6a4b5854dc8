package com.jaia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The summary the {@code import} and {@code demo} commands print ends with what was found and what to do next.
 */
@JaiaSpringTest
class ImportSummaryTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(ImportSummaryTests.class);

    @Autowired
    ImportQueue queue;

    @Autowired
    ImportSummaries summaries;

    @TempDir
    Path dir;

    JobExecution importAndWait(Path file) throws Exception {
        return queue.submit(ImportRequest.of(file, "cli")).completion().get(300, TimeUnit.SECONDS);
    }

    @Test
    void endsWithTheJournalsByRiskBandTheTopRulesTheReviewsAndTheNextSteps() throws Exception {
        JobExecution done = importAndWait(Ledgers.write(dir.resolve("found.csv"), UNIT, "FOUND", 30));
        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ImportSummary summary = summaries.of(done);
        ImportFindings findings = summary.findings().orElseThrow();
        assertThat(findings.journals()).as("every loaded journal in one band")
            .isEqualTo(summary.entry().orElseThrow().journalsLoaded());
        assertThat(findings.topRules()).hasSizeLessThanOrEqualTo(5);
        String text = summary.render();
        assertThat(text).contains("found: 30 journals by risk band:", "reviews: 0 done, 0 deferred, ",
                "next:", "/api/v1/aggregates/agg_high_risk?fiscalYear=2024", "evaluate --labels=");
        assertThat(text).containsPattern("reviews: 0 done, 0 deferred, \\d+ skipped");
        assertThat(ImportSummary.exitCode(done)).isZero();
    }

    @Test
    void saysNothingWasLoadedWhenEveryRowWasRejectedAndExits5() throws Exception {
        Path file = Files.writeString(dir.resolve("none.csv"), Ledgers.HEADER + "\n"
                + "NONE-1," + UNIT + ",2024,1,NONE-J1,1,2024-04-01,1110,100.00,D,x\n"
                + "NONE-2," + UNIT + ",2024,1,NONE-J1,2,2024-04-01,4110,90.00,C,unbalanced\n");
        JobExecution done = importAndWait(file);
        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.getExitStatus().getExitCode()).isEqualTo("NOTHING_LOADED");
        assertThat(ImportSummary.exitCode(done)).isEqualTo(5);
        assertThat(summaries.of(done).render()).contains("status: COMPLETED (NOTHING_LOADED)",
                "all 2 rows were rejected", "/rejects").doesNotContain("found:");
    }

}
