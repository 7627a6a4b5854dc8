package com.jaia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.duckdb.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

@JaiaSpringTest
class ConcurrentImportsTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(ConcurrentImportsTests.class);

    @Autowired
    ImportQueue queue;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @TempDir
    Path folder;

    @Test
    void completesFiveImportsStartedAtOnceWithExactCounts() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(Ledgers.write(folder.resolve("parallel-" + i + ".csv"), UNIT, "PAR" + i, 200 + i * 50));
        }
        List<CompletableFuture<ImportSubmission>> submitted = files.stream()
            .map(file -> CompletableFuture.supplyAsync(() -> queue.submit(ImportRequest.of(file, "rest"))))
            .toList();
        List<JobExecution> ended = new ArrayList<>();
        for (CompletableFuture<ImportSubmission> submission : submitted) {
            ended.add(submission.get(120, TimeUnit.SECONDS).completion().get(300, TimeUnit.SECONDS));
        }
        for (int i = 0; i < 5; i++) {
            JobExecution execution = ended.get(i);
            assertThat(execution.getStatus()).as(execution.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
            long rows = duckDb.sql("SELECT rows_loaded FROM imports WHERE job_execution_id = ?")
                .param(execution.getId())
                .query(Long.class)
                .single();
            assertThat(rows).isEqualTo(2L * (200 + i * 50));
        }
    }


    @Test
    void loadsAJournalOnceWhenTwoFilesCarryingItAreImportedAtOnce() throws Exception {
        Path first = Ledgers.write(folder.resolve("overlap-a.csv"), UNIT, "OVERLAP", 300);
        Path second = Ledgers.write(folder.resolve("overlap-b.csv"), UNIT, "OVERLAP", 301);
        List<CompletableFuture<ImportSubmission>> submitted = List.of(first, second)
            .stream()
            .map(file -> CompletableFuture.supplyAsync(() -> queue.submit(ImportRequest.of(file, "rest"))))
            .toList();
        for (CompletableFuture<ImportSubmission> submission : submitted) {
            JobExecution ended = submission.get(120, TimeUnit.SECONDS).completion().get(300, TimeUnit.SECONDS);
            assertThat(ended.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        assertThat(duckDb.sql("SELECT count(*) FROM journal_entries WHERE journal_id LIKE 'OVERLAP-%'")
            .query(Long.class).single()).isEqualTo(2L * 301);
        assertThat(duckDb.sql("SELECT count(DISTINCT gl_detail_id) FROM journal_entries WHERE journal_id LIKE 'OVERLAP-%'")
            .query(Long.class).single()).isEqualTo(2L * 301);
    }

}
