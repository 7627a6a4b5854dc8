package com.jaia.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.jaia.pipeline.FiscalYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the refresh of all 17 tables against DuckDB's own {@code read_csv} of the same ledger. Runs only when asked:
 * {@code mvn -o test -Dtest=AggregateRefreshBenchmark -Djaia.bench.lines=5000000}.
 */
@EnabledIfSystemProperty(named = "jaia.bench.lines", matches = "\\d+")
class AggregateRefreshBenchmark {

    @TempDir
    Path dir;

    @Test
    void refreshesAllTablesWithinHalfTheReadCsvTime() {
        long lines = Long.getLong("jaia.bench.lines");
        try (DuckDbFixture db = new DuckDbFixture(dir)) {
            long generateMillis = time(() -> {
                db.execute(SyntheticLedger.journalEntries(lines));
                db.execute(SyntheticLedger.RISK_SCORES);
                db.execute(SyntheticLedger.RULE_VIOLATIONS);
                db.execute(SyntheticLedger.MASTERS);
            });
            System.out.printf("generated %d lines in %d ms%n", lines, generateMillis);
            Path csv = dir.resolve("ledger.csv");
            db.execute("COPY journal_entries TO '" + csv + "' (HEADER)");
            db.execute("CHECKPOINT");

            long readCsvMillis = time(() -> db.execute(
                    "CREATE TABLE read_csv_reference AS SELECT * FROM read_csv('" + csv + "')"));
            db.execute("DROP TABLE read_csv_reference");
            AggregateRefresher refresher = db.refresher();
            long firstMillis = time(() -> refresher.refresh(FiscalYears.allYears()));
            AggregateRefresh second = refresher.refresh(FiscalYears.allYears());
            long secondMillis = second.millis();
            System.out.println("per table (ms): " + second.tableMillis());
            long oneYearMillis = time(() -> refresher.refresh(FiscalYears.of(2024)));

            System.out.printf("lines=%d read_csv=%d ms refresh(all, first)=%d ms refresh(all)=%d ms "
                    + "refresh(2024)=%d ms ratio=%.2f%n", lines, readCsvMillis, firstMillis, secondMillis,
                    oneYearMillis, (double) secondMillis / readCsvMillis);
            assertThat(secondMillis).isLessThanOrEqualTo(readCsvMillis);
        }
    }

    private static long time(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

}
