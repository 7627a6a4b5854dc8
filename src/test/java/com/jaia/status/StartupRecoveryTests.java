package com.jaia.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.UUID;

import com.jaia.JaiaSpringTest;
import com.jaia.pipeline.ImportParameters;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

@JaiaSpringTest
class StartupRecoveryTests {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    StartupRecovery recovery;

    @Test
    void marksAnExecutionLeftRunningFailedWithANoteSayingWhy() {
        JobParameters parameters = new JobParametersBuilder()
            .addString(ImportParameters.FILE_SHA256, UUID.randomUUID().toString(), true)
            .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("journalImportJob", parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        StepExecution step = jobRepository.createStepExecution("validateJournalStep", execution);
        step.setStatus(BatchStatus.STARTED);
        step.setStartTime(LocalDateTime.now());
        jobRepository.update(step);

        assertThat(recovery.recover()).extracting(JobExecution::getId).contains(execution.getId());

        JobExecution recovered = jobRepository.getJobExecution(execution.getId());
        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(recovered.getEndTime()).isNotNull();
        assertThat(recovered.getExitStatus().getExitDescription()).startsWith(StartupRecovery.EXIT_DESCRIPTION);
        assertThat(recovered.getStepExecutions()).allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(BatchStatus.FAILED));
        assertThat(recovery.recover()).extracting(JobExecution::getId).doesNotContain(execution.getId());
    }

}
