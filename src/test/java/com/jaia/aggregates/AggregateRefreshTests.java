package com.jaia.aggregates;

import static com.jaia.aggregates.Line.credit;
import static com.jaia.aggregates.Line.debit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a refresh behaves as a whole: it reconciles to the journal, touches only the fiscal years asked for, and
 * leaves everything as it was when it fails.
 */
class AggregateRefreshTests {

    static final AggregateCatalogue CATALOGUE = new AggregateSql(Path.of("jobs")).catalogue();

    @TempDir
    Path dir;

    DuckDbFixture db;

    @BeforeEach
    void loadLedger() {
        db = new DuckDbFixture(dir);
        db.execute(SyntheticLedger.journalEntries(20_000));
        db.execute(SyntheticLedger.RISK_SCORES);
        db.execute(SyntheticLedger.RULE_VIOLATIONS);
        db.execute(SyntheticLedger.MASTERS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void reconcilesToTheJournalForEveryFiscalYear() {
        db.refresher().refresh(FiscalYears.allYears());

        String journal = "SELECT fiscal_year, sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), "
                + "sum(amount) FILTER (WHERE debit_credit_indicator = 'C'), count(*), count(DISTINCT journal_id) "
                + "FROM journal_entries GROUP BY fiscal_year ORDER BY fiscal_year";
        assertThat(db.rows(journal)).hasSize(2);
        assertThat(db.rows("SELECT fiscal_year, sum(debit_total), sum(credit_total), sum(entry_count), "
                + "(SELECT journal_count FROM overall_agg_dashboard_kpi k WHERE k.fiscal_year = a.fiscal_year) "
                + "FROM overall_agg_by_period_account a GROUP BY fiscal_year ORDER BY fiscal_year"))
            .isEqualTo(db.rows(journal));
        for (String table : List.of("overall_agg_by_date", "overall_agg_account_activity", "overall_agg_dashboard_kpi", "overall_agg_by_user",
                "overall_agg_by_department")) {
            assertThat(db.rows("SELECT fiscal_year, sum(debit_total), sum(credit_total) FROM " + table
                    + " GROUP BY ALL ORDER BY ALL")).as(table)
                .isEqualTo(db.rows("SELECT fiscal_year, sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), "
                        + "sum(amount) FILTER (WHERE debit_credit_indicator = 'C') FROM journal_entries "
                        + "GROUP BY ALL ORDER BY ALL"));
        }
        assertThat(db.rows("SELECT fiscal_year, sum(journal_count) FROM overall_agg_approval_patterns GROUP BY ALL ORDER BY ALL"))
            .isEqualTo(db.rows("SELECT fiscal_year, count(DISTINCT journal_id) FROM journal_entries "
                    + "GROUP BY ALL ORDER BY ALL"));
        assertThat(db.rows("SELECT fiscal_year, sum(violation_count) FROM overall_agg_rule_violations GROUP BY ALL ORDER BY ALL"))
            .isEqualTo(db.rows("SELECT fiscal_year, count(*) FROM rule_violations GROUP BY ALL ORDER BY ALL"));
    }

    @Test
    void refreshingOneFiscalYearLeavesTheOthersByteIdentical() {
        AggregateRefresher refresher = db.refresher();
        refresher.refresh(FiscalYears.allYears());
        Map<String, List<String>> before = contents(2024);
        db.execute("DELETE FROM journal_entries WHERE fiscal_year = 2025 AND source_line_number % 7 = 0");

        AggregateRefresh refresh = refresher.refresh(FiscalYears.of(2025));

        assertThat(refresh.fiscalYears()).containsExactly(2025);
        assertThat(contents(2024)).isEqualTo(before);
        assertThat(db.rows("SELECT sum(entry_count) FROM overall_agg_by_period_account WHERE fiscal_year = 2025"))
            .isEqualTo(db.rows("SELECT count(*) FROM journal_entries WHERE fiscal_year = 2025"));
    }

    @Test
    void aRefreshFailingHalfWayLeavesThePreviousContents() throws IOException {
        db.refresher().refresh(FiscalYears.allYears());
        Map<String, List<String>> before = contents(null);
        db.execute("DELETE FROM journal_entries WHERE source_line_number % 3 = 0");
        Aggregate tenth = CATALOGUE.all().get(9);
        Path jobs = jobsWithBrokenStatement(tenth);

        AggregateRefresher broken = new AggregateRefresher(db.dataSource, new AggregateSql(jobs));

        assertThatThrownBy(() -> broken.refresh(FiscalYears.allYears())).isInstanceOf(AggregateRefreshFailed.class)
            .hasMessageContaining(tenth.table());
        assertThat(contents(null)).isEqualTo(before);
    }

    @Test
    void recordsTheRowCountAndTimeOfEachTableAndYear() {
        db.refresher().refresh(FiscalYears.of(2024));

        assertThat(db.rows("SELECT count(*), count(DISTINCT table_name), min(fiscal_year), max(fiscal_year) "
                + "FROM aggregate_refreshes WHERE fiscal_year = 2024")).containsExactly("17|17|2024|2024");
        assertThat(db.rows("SELECT r.row_count = (SELECT count(*) FROM agg_by_period_account WHERE fiscal_year = 2024) "
                + "FROM aggregate_refreshes r WHERE table_name = 'agg_by_period_account'")).containsExactly("true");
        assertThat(db.rows("SELECT DISTINCT table_name FROM aggregate_refreshes WHERE fiscal_year = 2025 ORDER BY 1"))
            .containsExactly("agg_trend_mom", "agg_trend_yoy");
    }

    @Test
    void refreshesNothingWhenTheImportTouchedNoFiscalYear() {
        AggregateRefresh refresh = db.refresher().refresh(FiscalYears.parse(""));

        assertThat(refresh.rowCounts()).isEmpty();
        assertThat(db.rows("SELECT count(*) FROM aggregate_refreshes")).containsExactly("0");
    }

    @Test
    void emptiesAFiscalYearThatLeftTheLedger() {
        db.refresher().refresh(FiscalYears.allYears());
        db.execute("DELETE FROM journal_entries WHERE fiscal_year = 2025; DELETE FROM risk_scores WHERE fiscal_year = 2025;"
                + "DELETE FROM rule_violations WHERE fiscal_year = 2025; DELETE FROM ml_scores WHERE fiscal_year = 2025");

        db.refresher().refresh(FiscalYears.allYears());

        for (Aggregate aggregate : CATALOGUE.all()) {
            assertThat(db.rows("SELECT count(*) FROM " + aggregate.table() + " WHERE fiscal_year = 2025"))
                .as(aggregate.table()).containsExactly("0");
        }
    }

    @Test
    void addsLinesToTheAggregatesOfTheirYear() {
        db.refresher().refresh(FiscalYears.allYears());
        db.insert(debit("X1", 2024, 3, "JX", "2024-06-03", "9999", "10.00"),
                credit("X2", 2024, 3, "JX", "2024-06-03", "1000", "10.00"));

        db.refresher().refresh(FiscalYears.of(2024));

        assertThat(db.rows("SELECT account_known, entry_count FROM overall_agg_account_activity "
                + "WHERE fiscal_year = 2024 AND gl_account_number = '9999'")).containsExactly("false|1");
        assertThat(db.rows("SELECT unknown_account_count FROM overall_agg_dashboard_kpi WHERE fiscal_year = 2024"))
            .containsExactly("1");
    }

    @Test
    void theCatalogueNamesEveryStatementBesideItAndEveryTableOfTheSchema() throws IOException {
        List<String> statements;
        try (var files = Files.list(Path.of("jobs").resolve(AggregateSql.FOLDER))) {
            statements = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql"))
                .map(name -> name.substring(0, name.length() - 4)).filter(name -> !name.equals(AggregateSql.INPUTS))
                .sorted().toList();
        }
        assertThat(CATALOGUE.all().stream().map(Aggregate::table).sorted().toList()).isEqualTo(statements)
            .isEqualTo(db.rows("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'agg\\_%' "
                    + "ESCAPE '\\' ORDER BY 1"));
        assertThat(db.rows("SELECT count(DISTINCT table_name) FROM information_schema.columns "
                + "WHERE table_name LIKE 'agg\\_%' ESCAPE '\\' AND column_name = 'business_unit_code'"))
            .containsExactly(String.valueOf(CATALOGUE.all().size()));
    }

    private Map<String, List<String>> contents(Integer fiscalYear) {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        String where = fiscalYear == null ? "" : " WHERE fiscal_year = " + fiscalYear;
        for (Aggregate aggregate : CATALOGUE.all()) {
            contents.put(aggregate.table(), db.rows("SELECT * FROM " + aggregate.table() + where + " ORDER BY ALL"));
        }
        contents.put("aggregate_refreshes", db.rows("SELECT * FROM aggregate_refreshes" + where + " ORDER BY ALL"));
        return contents;
    }

    private Path jobsWithBrokenStatement(Aggregate broken) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("jobs").resolve(AggregateSql.FOLDER));
        try (var files = Files.list(Path.of("jobs").resolve(AggregateSql.FOLDER))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.writeString(folder.resolve(broken.table() + ".sql"),
                "INSERT INTO " + broken.table() + " SELECT no_such_column FROM journal_entries;");
        return dir.resolve("jobs");
    }

}
