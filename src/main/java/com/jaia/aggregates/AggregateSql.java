package com.jaia.aggregates;

import com.jaia.pipeline.JobFiles;

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

    private final JobFiles files;

    AggregateSql(JobFiles files) {
        this.files = files;
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
        return files.read(FOLDER + file);
    }

}
