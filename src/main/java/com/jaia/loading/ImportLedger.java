package com.jaia.loading;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jaia.duckdb.DuckDb;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code imports} ledger and the reject counts: what was loaded, from which file, and why rows were not.
 */
@Component
public class ImportLedger {

    private static final String COLUMNS = "import_id, job_execution_id, file_name, file_sha256, file_size, "
            + "file_format, file_encoding, business_unit_code, status, rows_read, rows_loaded, rows_rejected, "
            + "journals_loaded, journals_rejected, debit_total, credit_total, unknown_accounts, fiscal_years, "
            + "ignored_columns, started_at, loaded_at, amounts_normalised";

    private final JdbcClient duckDb;

    ImportLedger(@Qualifier(DuckDb.QUALIFIER) JdbcClient duckDb) {
        this.duckDb = duckDb;
    }

    /** The import that loaded a file with this content and still holds its rows, if any. */
    public Optional<ImportLedgerEntry> findBySha256(String sha256) {
        return duckDb.sql("SELECT " + COLUMNS + " FROM imports WHERE file_sha256 = ? AND status NOT IN "
                + "('replaced', 'rolled back') ORDER BY import_id LIMIT 1")
            .param(sha256)
            .query(ImportLedgerEntry.class)
            .optional();
    }

    public Optional<ImportLedgerEntry> findById(long importId) {
        return duckDb.sql("SELECT " + COLUMNS + " FROM imports WHERE import_id = ?")
            .param(importId)
            .query(ImportLedgerEntry.class)
            .optional();
    }

    /** Imports, newest first. */
    public List<ImportLedgerEntry> list(int offset, int limit) {
        return duckDb.sql("SELECT " + COLUMNS + " FROM imports ORDER BY import_id DESC LIMIT ? OFFSET ?")
            .params(limit, offset)
            .query(ImportLedgerEntry.class)
            .list();
    }

    /** How many imports of this content were taken back (rolled back or replaced as a whole). */
    public long takenBack(String sha256) {
        return duckDb.sql("SELECT count(*) FROM imports WHERE file_sha256 = ? AND status IN ('replaced', 'rolled back')")
            .param(sha256)
            .query(Long.class)
            .single();
    }

    public long count() {
        return duckDb.sql("SELECT count(*) FROM imports").query(Long.class).single();
    }

    /** The business units an import loaded rows for, comma-separated. */
    public String businessUnits(long importId) {
        return duckDb.sql("SELECT coalesce(string_agg(DISTINCT business_unit_code, ',' ORDER BY business_unit_code), '') "
                + "FROM journal_entries WHERE import_id = ?")
            .param(importId)
            .query(String.class)
            .single();
    }

    /** Rejected rows of an import by reason code, most frequent first. */
    public Map<String, Long> rejectsByReason(long importId) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        duckDb.sql("SELECT reason_code, count(*) AS n FROM rejected_rows WHERE import_id = ? GROUP BY reason_code "
                + "ORDER BY n DESC, reason_code")
            .param(importId)
            .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
            .list();
        return counts;
    }

}
