package com.jaia.pipeline;

import java.nio.file.Path;

import com.jaia.duckdb.DuckDb;
import com.jaia.intake.ImportLauncher;
import com.jaia.loading.ImportLedger;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test that imports files of its own, written to {@link #dir}, through the shared context's launcher, and reads
 * what the imports left in the imports ledger and the store.
 */
abstract class ImportJobTests {

    @Autowired
    ImportLauncher launcher;

    @Autowired
    ImportLedger ledger;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @TempDir
    Path dir;

}
