package com.jaia.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;

/**
 * Keys of the job execution context that steps after {@code loadJournalStep} read to know what the import touched.
 * The load step writes them when it commits; later steps read them (e.g. with
 * {@code @Value("#{jobExecutionContext['jaia.import.fiscalYears']}")} in a step-scoped bean).
 */
public final class ImportContext {

    /** The import id (= the job instance id), a {@code long}; the {@code import_id} of its rows in DuckDB. */
    public static final String IMPORT_ID = "jaia.import.id";

    /** The fiscal years the import loaded rows into, comma-separated ascending, e.g. {@code "2024,2025"}. */
    public static final String FISCAL_YEARS = "jaia.import.fiscalYears";

    /** The business unit codes the import loaded rows for, comma-separated (empty string when none). */
    public static final String BUSINESS_UNITS = "jaia.import.businessUnits";

    /** Job parameter: SHA-256 of the file content, the identifying parameter of an import job instance. */
    public static final String FILE_SHA256_PARAMETER = "file.sha256";

    /** Job parameter: the path of the file being imported (not identifying). */
    public static final String FILE_PATH_PARAMETER = "file.path";

    /** Job parameter: {@code "true"} when the import replaces the journals earlier imports hold in its scope. */
    public static final String REPLACE_PARAMETER = "replace";

    /**
     * Job parameter (identifying): how many earlier imports of the same content were rolled back or replaced, so that
     * content taken back can be imported again as a new job instance; absent for the first import of a content.
     */
    public static final String REIMPORT_PARAMETER = "reimport";

    /** The steps whose findings a completed job's exit description ends with, in this order. */
    static final List<String> SUMMARY_PARTS = List.of("validation", "rules");

    private ImportContext() {
    }

    /**
     * Records what a step found for the job's exit description ({@code part} is one of {@code validation},
     * {@code rules}); a step that runs again replaces its part.
     */
    public static void summarise(JobExecution job, String part, String findings) {
        if (!SUMMARY_PARTS.contains(part)) {
            throw new IllegalArgumentException("no job summary part " + part);
        }
        job.getExecutionContext().putString("jaia.job.summary." + part, findings);
    }

    /** The recorded findings joined with "; ", or an empty string. */
    static String summary(JobExecution job) {
        return SUMMARY_PARTS.stream().map(part -> job.getExecutionContext().getString("jaia.job.summary." + part, null))
            .filter(Objects::nonNull).collect(Collectors.joining("; "));
    }

}
