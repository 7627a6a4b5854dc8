package com.jaia.aggregates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the statement that fills an aggregate table, and the tables' catalogue, from the configured jobs directory when
 * it has the file (so an auditor can change it without a rebuild), else from the copy packaged in the jar. Read on
 * every refresh.
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

    /** Drops what {@link #INPUTS} built, at the end of a refresh. */
    static final String DROP_INPUTS = "DROP VIEW IF EXISTS scoped_high_risk; DROP VIEW IF EXISTS scoped_ml_scores; "
            + "DROP VIEW IF EXISTS scoped_risk_scores; DROP VIEW IF EXISTS scoped_violations; "
            + "DROP VIEW IF EXISTS scoped_journals; DROP VIEW IF EXISTS scoped_lines; DROP VIEW IF EXISTS scoped_entries; "
            + "DROP TABLE IF EXISTS refresh_journals; DROP TABLE IF EXISTS refresh_lines";

    /** The INSERT statement of the table, with its fiscal years filled in. */
    String insertFor(Aggregate aggregate, String fiscalYearList) {
        return read(aggregate.table()).replace(FISCAL_YEARS, fiscalYearList);
    }

    /** The statements building the shared temporary tables, with their fiscal years filled in. */
    String inputsFor(String fiscalYearList) {
        return read(INPUTS).replace(FISCAL_YEARS, fiscalYearList);
    }

    /** The catalogue of the tables, read like the statements. */
    AggregateCatalogue catalogue() {
        return AggregateCatalogue.parse(readFile(AggregateCatalogue.FILE));
    }

    private String read(String name) {
        return readFile(name + ".sql");
    }

    private String readFile(String file) {
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
            throw new UncheckedIOException("cannot read " + file + " (" + onDisk
                    + " or classpath:jobs/" + FOLDER + file + ")", e);
        }
    }

}
