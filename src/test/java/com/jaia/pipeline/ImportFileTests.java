package com.jaia.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A restart finds its file where the inbox moved it after the failure: in {@code failed/DATE/}, by content.
 */
class ImportFileTests {

    @TempDir
    Path inbox;

    JobParameters parameters(Path file, String sha256) {
        return new JobParametersBuilder().addString(ImportParameters.FILE_PATH, file.toString())
            .addString(ImportParameters.FILE_SHA256, sha256)
            .toJobParameters();
    }

    @Test
    void findsTheFileInFailedByItsContentEvenWhenRenamed() throws Exception {
        Path failed = Files.createDirectories(inbox.resolve("failed").resolve("2026-12-01"));
        Files.writeString(failed.resolve("ledger.csv"), "another file of the same name\n");
        Path moved = Files.writeString(failed.resolve("ledger-1.csv"), "the failed import's content\n");
        Path recorded = inbox.resolve("ledger.csv");

        assertThat(ImportFile.locate(parameters(recorded, ImportFile.sha256(moved)))).isEqualTo(moved);
    }

    @Test
    void keepsTheRecordedPathWhenTheFileIsThereOrNowhere() throws Exception {
        Path there = Files.writeString(inbox.resolve("here.csv"), "x\n");
        assertThat(ImportFile.locate(parameters(there, ImportFile.sha256(there)))).isEqualTo(there);
        Path gone = inbox.resolve("gone.csv");
        assertThat(ImportFile.locate(parameters(gone, "0".repeat(64)))).isEqualTo(gone);
    }

}
