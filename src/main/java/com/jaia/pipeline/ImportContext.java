package com.jaia.pipeline;

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

    private ImportContext() {
    }

}
