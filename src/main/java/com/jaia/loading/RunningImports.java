package com.jaia.loading;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.jaia.pipeline.ImportContext;
import com.jaia.pipeline.ImportParameters;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The imports running now, as the job repository knows them, and whether one of them may touch a scope: an import
 * whose load has not committed yet may load into any business unit and fiscal year, so it counts as touching all.
 */
@Component
public class RunningImports {

    static final String JOB_NAME = "journalImportJob";

    private final JobRepository jobRepository;

    RunningImports(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /**
     * A running import other than {@code exceptImportId} that may load into one of the business units and fiscal
     * years given (null sets: any), described in a few words, or empty when there is none.
     */
    public Optional<String> touching(Set<String> businessUnits, Set<Integer> fiscalYears, Long exceptImportId) {
        for (JobExecution execution : jobRepository.findRunningJobExecutions(JOB_NAME)) {
            long importId = execution.getJobInstance().getInstanceId();
            if (exceptImportId != null && importId == exceptImportId) {
                continue;
            }
            var context = execution.getExecutionContext();
            Set<String> units = split(context.getString(ImportContext.BUSINESS_UNITS, null));
            Set<Integer> years = split(context.getString(ImportContext.FISCAL_YEARS, null)).stream()
                .map(Integer::valueOf).collect(Collectors.toSet());
            boolean loaded = context.containsKey(ImportContext.IMPORT_ID);
            if (!loaded || overlaps(units, businessUnits) && overlaps(years, fiscalYears)) {
                String file = execution.getJobParameters().getString(ImportParameters.FILE_PATH, "");
                return Optional.of("import #" + importId + " (" + java.nio.file.Path.of(file).getFileName() + ", job "
                        + "execution " + execution.getId() + ")" + (loaded ? " of business unit " + String.join(",", units)
                        + ", fiscal year " + years.stream().sorted().map(String::valueOf).collect(Collectors.joining(","))
                        : ", whose rows are not loaded yet,") + " is running");
            }
        }
        return Optional.empty();
    }

    private static <T> boolean overlaps(Set<T> running, Set<T> wanted) {
        return wanted == null || running.stream().anyMatch(wanted::contains);
    }

    private static Set<String> split(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

}
