package com.jaia.aggregates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the statement that fills an aggregate table, from the configured jobs directory when it has the file (so an
 * auditor can change it without a rebuild), else from the copy packaged in the jar. Read on every refresh.
 */
class AggregateSql {

    /** Where the statements live below the jobs directory (and on the classpath below {@code jobs/}). */
    static final String FOLDER = "journal-import/aggregates/";

    /** Replaced with the comma-separated fiscal years being refreshed. */
    static final String FISCAL_YEARS = "${fiscal_years}";

    private final Path jobsDir;

    AggregateSql(Path jobsDir) {
        this.jobsDir = jobsDir;
    }

    /** The file whose temporary tables the aggregate statements share, built first in each refresh. */
    static final String INPUTS = "refresh_inputs";

    /** The INSERT statement of the table, with its fiscal years filled in. */
    String insertFor(Aggregate aggregate, String fiscalYearList) {
        return read(aggregate.table()).replace(FISCAL_YEARS, fiscalYearList);
    }

    /** The statements building the shared temporary tables, with their fiscal years filled in. */
    String inputsFor(String fiscalYearList) {
        return read(INPUTS).replace(FISCAL_YEARS, fiscalYearList);
    }

    private String read(String name) {
        String file = name + ".sql";
        Path onDisk = jobsDir.resolve(FOLDER + file);
        try {
            if (Files.isRegularFile(onDisk)) {
                return Files.readString(onDisk, StandardCharsets.UTF_8);
            }
            ClassPathResource packaged = new ClassPathResource("jobs/" + FOLDER + file);
            try (InputStream in = packaged.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the statement of " + name + " (" + onDisk
                    + " or classpath:jobs/" + FOLDER + file + ")", e);
        }
    }

}
