package com.jaia.aggregates;

import static com.jaia.aggregates.Line.credit;
import static com.jaia.aggregates.Line.debit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateRefresherTests {

    @TempDir
    Path dir;

    DuckDbFixture db;

    @BeforeEach
    void open() {
        db = new DuckDbFixture(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void fillsEveryTableForASmallLedger() {
        db.insert(debit("1", 2024, 1, "J1", "2024-04-01", "1000", "1200.00"),
                credit("2", 2024, 1, "J1", "2024-04-01", "4000", "1200.00").vendor("V1"),
                debit("3", 2025, 1, "J2", "2025-04-01", "1000", "900.00"),
                credit("4", 2025, 1, "J2", "2025-04-01", "4000", "900.00"));
        db.score("1", "J1", 2024, 85, "critical", 0.9, 2);
        db.score("2", "J1", 2024, 10, "low", 0.1, 0);
        db.violation("1", "J1", 2024, "R001", "amount", "high", 0.8);

        AggregateRefresh refresh = db.refresher().refresh(FiscalYears.allYears());

        assertThat(refresh.rowCounts()).hasSize(17).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }

}
