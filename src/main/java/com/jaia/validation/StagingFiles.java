package com.jaia.validation;

import java.nio.file.Path;

/**
 * The staging files the validation step writes and the load step reads: per partition, one CSV of valid lines and one
 * of rejected rows, in the column order given here. Written by Java, read by DuckDB's {@code read_csv} in parallel.
 */
final class StagingFiles {

    /** Columns of {@code part-N.lines.csv}, as a DuckDB {@code read_csv} columns struct. */
    static final String LINE_COLUMNS = "{'source_line_number': 'BIGINT', 'source_offset': 'BIGINT', "
            + "'gl_detail_id': 'VARCHAR', 'business_unit_code': 'VARCHAR', 'fiscal_year': 'INTEGER', "
            + "'accounting_period': 'INTEGER', 'journal_id': 'VARCHAR', 'journal_id_line_number': 'INTEGER', "
            + "'effective_date': 'DATE', 'entry_date': 'DATE', 'entry_time': 'TIME', 'gl_account_number': 'VARCHAR', "
            + "'amount': 'DECIMAL(18,2)', 'amount_currency': 'VARCHAR', 'functional_amount': 'DECIMAL(18,2)', "
            + "'debit_credit_indicator': 'VARCHAR', 'je_line_description': 'VARCHAR', 'source': 'VARCHAR', "
            + "'vendor_code': 'VARCHAR', 'dept_code': 'VARCHAR', 'prepared_by': 'VARCHAR', 'approved_by': 'VARCHAR', "
            + "'approved_date': 'DATE', 'last_modified_by': 'VARCHAR', 'last_modified_date': 'DATE'}";

    /** Columns of {@code part-N.rejects.csv}. */
    static final String REJECT_COLUMNS = "{'line_number': 'BIGINT', 'journal_id': 'VARCHAR', "
            + "'column_name': 'VARCHAR', 'reason_code': 'VARCHAR', 'message': 'VARCHAR', 'raw_line': 'VARCHAR'}";

    private StagingFiles() {
    }

    static Path lines(Path workDir, int partition) {
        return workDir.resolve("part-" + partition + ".lines.csv");
    }

    static Path rejects(Path workDir, int partition) {
        return workDir.resolve("part-" + partition + ".rejects.csv");
    }

}
