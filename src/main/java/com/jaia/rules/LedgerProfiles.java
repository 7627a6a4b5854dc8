package com.jaia.rules;

import java.util.Optional;

import com.jaia.duckdb.DuckDb;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the ledger profiles the rules runs stored, for the imports API and the import summary.
 */
@Component
public class LedgerProfiles {

    private static final String OF_IMPORT = JobsFiles.engineSql("import-profile.sql");

    private final JdbcClient duckDb;

    LedgerProfiles(@Qualifier(DuckDb.QUALIFIER) JdbcClient duckDb) {
        this.duckDb = duckDb;
    }

    /** The profile of the latest rules run for the import, if the rules ran for it. */
    public Optional<RecordedLedgerProfile> ofImport(long importId) {
        return duckDb.sql(OF_IMPORT).param("importId", importId)
            .query((row, n) -> RecordedLedgerProfile.read(row))
            .optional();
    }

}
