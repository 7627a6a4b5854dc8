package com.jaia.aggregates;

import java.util.Map;

import com.jaia.duckdb.SqlScript;
import com.jaia.pipeline.JobFiles;

/**
 * Reads the statement that fills an aggregate table, and the tables' catalogue, from the configured jobs directory when
 * it has the file (so an auditor can change it without a rebuild), else from the copy packaged in the jar. Read on
 * every refresh.
 */
class AggregateSql {

    /** Where the statements live below the jobs directory (and on the classpath below {@code jobs/}). */
    static final String FOLDER = "journal-import/aggregates/";

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
            + "DROP TABLE IF EXISTS refresh_journals; DROP TABLE IF EXISTS refresh_lines; "
            + "DROP MACRO TABLE IF EXISTS unit_and_all; DROP MACRO TABLE IF EXISTS account_movement; "
            + "DROP MACRO TABLE IF EXISTS line_activity";

    /**
     * Session variable holding the fiscal years one table's statement refreshes ({@code getvariable('fiscal_years')}).
     */
    static final String FISCAL_YEARS = "fiscal_years";

    /** Session variable holding the fiscal years of the refresh, read by {@link #INPUTS}. */
    static final String REFRESH_YEARS = "refresh_years";

    /** The INSERT statement of the table; it reads its years from {@link #FISCAL_YEARS}. */
    String insertFor(Aggregate aggregate) {
        return read(aggregate.table());
    }

    /** The statements building the shared temporary tables; they read their years from {@link #REFRESH_YEARS}. */
    String inputs() {
        return read(INPUTS);
    }

    /** The catalogue of the tables, read like the statements. */
    AggregateCatalogue catalogue() {
        return AggregateCatalogue.parse(readFile(AggregateCatalogue.FILE));
    }

    /** A statement file, refused when it still has a {@code ${...}} placeholder: values are session variables. */
    private String read(String name) {
        return SqlScript.fill(readFile(name + ".sql"), Map.of());
    }

    private String readFile(String file) {
        return files.read(FOLDER + file);
    }

}
