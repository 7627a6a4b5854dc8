package com.jaia.aggregates;

import java.nio.file.Path;

import com.jaia.pipeline.FiscalYears;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store of the test class's own, filled once by {@link #fill} and then refreshed for every fiscal year, which the
 * tests only read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RefreshedStoreTests {

    DuckDbFixture db;

    /** Puts the class's lines, scores and violations into the empty store. */
    abstract void fill(DuckDbFixture db);

    @BeforeAll
    void fillAndRefresh(@TempDir Path dir) {
        db = new DuckDbFixture(dir);
        fill(db);
        db.refresher().refresh(FiscalYears.allYears());
    }

    @AfterAll
    void close() {
        db.close();
    }

}
