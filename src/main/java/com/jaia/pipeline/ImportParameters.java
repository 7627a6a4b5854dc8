package com.jaia.pipeline;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one {@code journalImportJob}: the only place their names are written. The file's SHA-256 and the
 * re-import count identify the job instance; the rest travel along.
 *
 * @param file the file being imported, as the launcher found it
 * @param sha256 the SHA-256 of its content
 * @param replace whether the import replaces the journals earlier imports hold in its scope
 * @param origin where the request came from (cli, inbox, rest, s3, schedule)
 * @param fiscalYear the fiscal year of lines whose file has none
 * @param businessUnit the business unit code of lines whose file has none
 * @param reimport how many earlier imports of the same content were rolled back or replaced (0 for the first import)
 */
public record ImportParameters(Path file, String sha256, boolean replace, String origin, Optional<Integer> fiscalYear,
        Optional<String> businessUnit, long reimport) {

    /** Job parameter: SHA-256 of the file content, the identifying parameter of an import job instance. */
    public static final String FILE_SHA256 = "file.sha256";

    /** Job parameter: the path of the file being imported (not identifying). */
    public static final String FILE_PATH = "file.path";

    static final String REPLACE = "replace";

    static final String ORIGIN = "origin";

    static final String FISCAL_YEAR = "fiscalYear";

    static final String BUSINESS_UNIT = "businessUnit";

    static final String REIMPORT = "reimport";

    public ImportParameters {
        fiscalYear = fiscalYear == null ? Optional.empty() : fiscalYear;
        businessUnit = businessUnit == null ? Optional.empty() : businessUnit;
    }

    /** The job parameters these become. */
    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder().addString(FILE_SHA256, sha256, true)
            .addString(REPLACE, Boolean.toString(replace), false)
            .addString(FILE_PATH, file.toString(), false);
        if (origin != null) {
            builder.addString(ORIGIN, origin, false);
        }
        fiscalYear.ifPresent(year -> builder.addLong(FISCAL_YEAR, year.longValue(), false));
        businessUnit.ifPresent(unit -> builder.addString(BUSINESS_UNIT, unit, false));
        if (reimport > 0) {
            builder.addLong(REIMPORT, reimport, true);
        }
        return builder.toJobParameters();
    }

    /** Reads the parameters of an import job back. */
    public static ImportParameters from(JobParameters parameters) {
        String file = parameters.getString(FILE_PATH);
        Long fiscalYear = parameters.getLong(FISCAL_YEAR);
        Long reimport = parameters.getLong(REIMPORT);
        return new ImportParameters(file == null ? null : Path.of(file), parameters.getString(FILE_SHA256),
                Boolean.parseBoolean(parameters.getString(REPLACE, "false")), parameters.getString(ORIGIN),
                Optional.ofNullable(fiscalYear).map(Long::intValue),
                Optional.ofNullable(parameters.getString(BUSINESS_UNIT)), reimport == null ? 0 : reimport);
    }

}
