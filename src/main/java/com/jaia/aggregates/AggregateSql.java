package com.jaia.aggregates;

import com.jaia.pipeline.JobFiles;

/**
 * Reads the statement that fills an aggregate table, from the configured jobs directory when it has the file (so an
 * auditor can change it without a rebuild), else from the copy packaged in the jar. Read on every refresh.
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

    /** The INSERT statement of the table, with its fiscal years filled in. */
    String insertFor(Aggregate aggregate, String fiscalYearList) {
        return read(aggregate.table()).replace(FISCAL_YEARS, fiscalYearList);
    }

    /** The statements building the shared temporary tables, with their fiscal years filled in. */
    String inputsFor(String fiscalYearList) {
        return read(INPUTS).replace(FISCAL_YEARS, fiscalYearList);
    }

    private String read(String name) {
        return files.read(FOLDER + name + ".sql");
    }

}
