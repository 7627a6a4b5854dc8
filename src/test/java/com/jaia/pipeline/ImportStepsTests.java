package com.jaia.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.duckdb.DuckDb;
import com.jaia.validation.ValidatedFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The validate and load steps each on their own: validation hands over one {@link ValidatedFile}, and the load needs
 * nothing but that hand-off and the import's parameters (no other step's executions).
 */
@JaiaSpringTest
@SpringBatchTest
class ImportStepsTests {

    @Autowired
    JobOperatorTestUtils steps;

    @Autowired
    @Qualifier("journalImportJob")
    Job journalImportJob;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @TempDir
    Path dir;

    @BeforeEach
    void runTheImportJobsSteps() {
        steps.setJob(journalImportJob);
    }

    @Test
    void validateJournalStepHandsOverTheFilesFormatTotalAndStagingFiles() throws IOException {
        Path file = dir.resolve("validate.csv");
        long lines = Ledgers.writeDetailed(file, "STEPV", 40, 11);

        JobExecution validated = steps.startStep("validateJournalStep", parameters(file, "validate"),
                new ExecutionContext());

        assertThat(validated.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ValidatedFile handOff = ValidatedFile.from(validated.getExecutionContext());
        assertThat(handOff.format()).isEqualTo("csv");
        assertThat(handOff.encoding()).isEqualTo("UTF-8");
        assertThat(handOff.recordsRead()).isEqualTo(lines);
        assertThat(handOff.converted()).isFalse();
        assertThat(handOff.stagedLines()).isNotEmpty().allSatisfy(staged -> assertThat(staged).isRegularFile());
        assertThat(handOff.stagedRejects()).hasSameSizeAs(handOff.stagedLines());
    }

    @Test
    void loadJournalStepLoadsWhatValidationHandedOver() throws IOException {
        Path file = dir.resolve("load.csv");
        long lines = Ledgers.writeDetailed(file, "STEPL", 30, 12);
        JobExecution validated = steps.startStep("validateJournalStep", parameters(file, "validate"),
                new ExecutionContext());

        JobExecution loaded = steps.startStep("loadJournalStep", parameters(file, "load"),
                validated.getExecutionContext());

        assertThat(loaded.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long importId = loaded.getExecutionContext().getLong(ImportContext.IMPORT_ID);
        assertThat(duckDb.sql("SELECT count(*) FROM journal_entries WHERE import_id = ?").param(importId)
            .query(Long.class).single()).isEqualTo(lines);
        assertThat(duckDb.sql("SELECT rows_read FROM imports WHERE import_id = ?").param(importId)
            .query(Long.class).single()).isEqualTo(lines);
        assertThat(FiscalYears.requestedBy(loaded)).isEqualTo(FiscalYears.of(2024).ofBusinessUnits("BU1"));
    }

    /** The import's parameters, made a job instance of their own per step run. */
    private static JobParameters parameters(Path file, String run) {
        JobParameters imported = new ImportParameters(file.toAbsolutePath(), ImportFile.sha256(file), false, "test",
                Optional.empty(), Optional.empty(), 0).toJobParameters();
        return new JobParametersBuilder(imported).addString("run", run).toJobParameters();
    }

}
