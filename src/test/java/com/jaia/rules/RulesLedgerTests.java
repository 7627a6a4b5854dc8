package com.jaia.rules;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** Tests that share one {@link RulesTestLedger} per class, emptied before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RulesLedgerTests {

    RulesTestLedger ledger;

    @BeforeAll
    void openLedger() throws Exception {
        ledger = new RulesTestLedger();
    }

    @AfterAll
    void closeLedger() throws SQLException {
        ledger.close();
    }

    @BeforeEach
    void resetLedger() throws SQLException {
        ledger.reset();
    }

}
