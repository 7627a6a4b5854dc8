package com.jaia.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.jaia.JaiaSpringTest;
import com.jaia.duckdb.DuckDb;
import com.jaia.intake.ImportLauncher;
import com.jaia.intake.ImportRequest;
import com.jaia.observability.PipelineMetrics;
import com.jaia.observability.ProgressBoard;
import com.jaia.pipeline.ImportSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * A stop asked through the API while an import's load step runs: the load rolls back its transaction, so nothing of
 * the file is in the store, and the restarted execution loads it whole. The load is held at the loader's entry (its
 * one-load-at-a-time monitor) until the stop is recorded, so the stop always lands inside the load step.
 */
@JaiaSpringTest
class LoadStopTests {

    @TempDir
    Path dir;

    @LocalServerPort
    int port;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    ImportLauncher launcher;

    @Autowired
    ImportLedger ledger;

    @Autowired
    ImportSettings settings;

    @Autowired
    ProgressBoard progress;

    @Autowired
    PipelineMetrics metrics;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    DataSource duckDb;

    @Autowired
    @Qualifier("validateJournalStep")
    Step validateJournalStep;

    @Test
    void aStopDuringTheLoadRollsItBackAndTheRestartLoadsTheWholeFile() throws Exception {
        Path file = ledger(dir.resolve("stopped.csv"), 400);
        JournalLoader loader = new JournalLoader(duckDb);
        Step load = new StepBuilder("loadJournalStep", jobRepository)
            .tasklet(new JournalLoadTasklet(loader, ledger, jobRepository, settings, progress, metrics),
                    new ResourcelessTransactionManager())
            .build();
        Job job = new JobBuilder("loadStopTestJob", jobRepository).start(validateJournalStep).next(load).build();
        JobParameters parameters = launcher.prepare(ImportRequest.of(file, "test"));
        CompletableFuture<JobExecution> started;
        long id;
        synchronized (loader) {
            started = CompletableFuture.supplyAsync(() -> {
                try {
                    return jobOperator.start(job, parameters);
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            JobExecution running = await().atMost(Duration.ofMinutes(2)).until(
                    () -> jobRepository.getLastJobExecution("loadStopTestJob", parameters),
                    execution -> execution != null && execution.getStepExecutions().stream().anyMatch(
                            step -> step.getStepName().equals("loadJournalStep")
                                    && step.getStatus() == BatchStatus.STARTED));
            id = running.getId();
            Map<String, Object> answer = RestClient.create("http://127.0.0.1:" + port).post()
                .uri("/api/v1/jobs/{id}/stop", id).retrieve().body(new ParameterizedTypeReference<>() { });
            assertThat(answer).containsEntry("status", "STOPPING");
            assertThat(jobRepository.getJobExecution(id).getStatus()).isIn(BatchStatus.STOPPING, BatchStatus.STOPPED);
        }

        JobExecution stopped = started.get();
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        StepExecution loadStep = stopped.getStepExecutions().stream()
            .filter(step -> step.getStepName().equals("loadJournalStep")).findFirst().orElseThrow();
        assertThat(loadStep.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(loadStep.getExitStatus().getExitDescription()).doesNotContain("at com.", "Exception:");
        long importId = stopped.getJobInstance().getInstanceId();
        JdbcClient sql = JdbcClient.create(duckDb);
        assertThat(ledger.findById(importId)).isEmpty();
        assertThat(sql.sql("SELECT count(*) FROM journal_entries WHERE business_unit_code = 'STOP-L'")
            .query(Long.class).single()).isZero();
        assertThat(sql.sql("SELECT count(*) FROM rejected_rows WHERE import_id = ?").param(importId)
            .query(Long.class).single()).isZero();

        JobExecution restarted = jobOperator.start(job, parameters);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(importId);
        assertThat(sql.sql("SELECT count(*) || ' ' || sum(amount) FILTER (WHERE debit_credit_indicator = 'D') FROM "
                + "journal_entries WHERE business_unit_code = 'STOP-L' AND import_id = ?").param(importId)
            .query(String.class).single()).isEqualTo("800 " + debits(400));
    }

    /** Balanced two-line journals of business unit STOP-L, all in fiscal year 2049. */
    private static Path ledger(Path file, int journals) throws IOException {
        StringBuilder csv = new StringBuilder("gl_detail_id,business_unit_code,fiscal_year,accounting_period,"
                + "journal_id,journal_id_line_number,effective_date,gl_account_number,amount,debit_credit_indicator\n");
        for (int j = 1; j <= journals; j++) {
            for (int l = 1; l <= 2; l++) {
                csv.append("STOP-").append(j).append('-').append(l).append(",STOP-L,2049,1,S").append(j).append(',')
                    .append(l).append(",2049-04-0").append(1 + j % 9).append(',').append(l == 1 ? "5110" : "2110")
                    .append(',').append(1000 + j).append(".00,").append(l == 1 ? 'D' : 'C').append('\n');
            }
        }
        return Files.writeString(file, csv.toString());
    }

    private static String debits(int journals) {
        long total = 0;
        for (int j = 1; j <= journals; j++) {
            total += 1000 + j;
        }
        return total + ".00";
    }

}
