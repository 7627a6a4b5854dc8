package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.jaia.duckdb.SqlScript;
import org.junit.jupiter.api.Test;

/**
 * Rule thresholds reach DuckDB as bound values: the rule SQL names session variables, the values never become SQL text,
 * so a threshold that reads like SQL or holds a quote is just a value.
 */
class RuleSqlTests {

    private static final String DROP = "1); DROP TABLE journal_entries; --";

    private static final String QUOTE = "O'Brien";

    @Test
    void writesVariableNamesAndBindsTypedValues() {
        RuleSql sql = RuleSql.bind("SELECT ${min_amount}, ${share}, ${flag}, ${words}, ${codes}, ${name} FROM t "
                + "WHERE d > now() - INTERVAL ${days} DAY", Map.of("min_amount", "3000000000", "share", 0.05,
                        "flag", true, "words", List.of("a", "b"), "codes", "manual|gj", "name", QUOTE, "days", 7),
                "AMT_ROUND_AMOUNT");

        assertThat(sql.sql()).isEqualTo("SELECT getvariable('amt_round_amount__min_amount'), "
                + "getvariable('amt_round_amount__share'), getvariable('amt_round_amount__flag'), "
                + "getvariable('amt_round_amount__words'), getvariable('amt_round_amount__codes'), "
                + "getvariable('amt_round_amount__name') FROM t "
                + "WHERE d > now() - INTERVAL (getvariable('amt_round_amount__days')) DAY");
        assertThat(sql.variables()).containsOnly(Map.entry("amt_round_amount__min_amount", 3_000_000_000L),
                Map.entry("amt_round_amount__share", new BigDecimal("0.05")),
                Map.entry("amt_round_amount__flag", true), Map.entry("amt_round_amount__words", List.of("a", "b")),
                Map.entry("amt_round_amount__codes", List.of("manual", "gj")),
                Map.entry("amt_round_amount__name", QUOTE), Map.entry("amt_round_amount__days", 7));
    }

    @Test
    void aMissingThresholdNamesTheRule() {
        assertThatThrownBy(() -> RuleSql.bind("SELECT ${min_amount}", Map.of(), "AMT_ROUND_AMOUNT"))
            .hasMessage("rule AMT_ROUND_AMOUNT uses ${min_amount} but has no such threshold");
    }

    @Test
    void valuesKeepTheTypesTheirLiteralsHad() throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            RuleSql sql = RuleSql.bind("SELECT typeof(${share}) || ' ' || ${share} || ' ' || typeof(${count}) || ' ' "
                    + "|| typeof(${big}) || ' ' || typeof(${words}) || ' ' || typeof(${flag}) || ' ' || "
                    + "(DATE '2024-04-10' + INTERVAL ${days} DAY)::DATE",
                    Map.of("share", "0.05", "count", 12, "big", "3000000000", "words", "a|b", "flag", "false", "days",
                            "3"), "x");
            try (SqlScript.Variables bound = SqlScript.variables(ledger.connection, sql.variables())) {
                assertThat(RuleFixturesTests.column(ledger, sql.sql()))
                    .containsExactly("DECIMAL(3,2) 0.05 INTEGER BIGINT VARCHAR[] BOOLEAN 2024-04-13");
            }
            assertThat(RuleFixturesTests.column(ledger, "SELECT getvariable('x__share') IS NULL")).containsExactly("true");
        }
    }

    @Test
    void aThresholdIsFoldedToAConstantSoItsFilterIsPushedDown() throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            ledger.bulk(50, Map.of("amt", "1000 + i * 37"));
            RuleSql sql = RuleSql.bind("EXPLAIN SELECT gl_detail_id FROM journal_entries WHERE amount >= ${min_amount}",
                    Map.of("min_amount", 2345), "AMT_ROUND_AMOUNT");
            try (SqlScript.Variables bound = SqlScript.variables(ledger.connection, sql.variables())) {
                StringBuilder plan = new StringBuilder();
                try (Statement statement = ledger.connection.createStatement();
                        ResultSet rows = statement.executeQuery(sql.sql())) {
                    while (rows.next()) {
                        plan.append(rows.getString(2));
                    }
                }
                assertThat(plan.toString()).contains("Filters:").contains("2345").doesNotContain("getvariable");
            }
        }
    }

    @Test
    void hostileThresholdsReachDuckDbAsValues() throws Exception {
        assertReachesDuckDbAsValue(RuleSql::bind);
    }

    @Test
    void theCheckFailsWhenThresholdsAreWrittenIntoTheSql() {
        // how thresholds were once substituted: quoted literals in the SQL text
        BiFunction<String, Map<String, ?>, RuleSql> literals = (sql, parameters) -> new RuleSql(sql.replace(
                "${name}", "'" + parameters.get("name").toString().replace("'", "''") + "'"), Map.of());
        assertThatThrownBy(() -> assertReachesDuckDbAsValue((sql, parameters, owner) -> literals.apply(sql, parameters)))
            .isInstanceOf(AssertionError.class);
    }

    @Test
    void aRuleWithHostileThresholdsRunsAndFlagsThoseValues() throws Exception {
        RulesSettings settings = new RulesSettings(Map.of("DSC_GENERIC", Map.of("generic_words",
                DROP.toLowerCase() + "|" + QUOTE.toLowerCase())), null, 0, 0, 0, null, null, null, 0, null);
        AuditRules engine = RulesTestLedger.engine(settings);
        Rule generic = engine.catalogue().rule("DSC_GENERIC").orElseThrow();
        assertThat(engine.catalogue().sql(generic, RulesTestLedger.YEN_SCALE).sql()).doesNotContain("DROP", "Brien");
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            ledger.line(Map.of("j", "H1", "amt", 5000, "desc", QUOTE));
            ledger.line(Map.of("j", "H2", "amt", 6000, "desc", DROP));
            ledger.line(Map.of("j", "H3", "amt", 7000, "desc", "rent"));

            engine.run(ledger.connection, List.of(2024), "test", rule -> rule.id().equals("DSC_GENERIC"));

            assertThat(RuleFixturesTests.column(ledger, "SELECT journal_id FROM rule_violations "
                    + "WHERE rule_id = 'DSC_GENERIC' ORDER BY journal_id")).containsExactly("H1", "H2");
            assertThat(RuleFixturesTests.column(ledger, "SELECT count(*) FROM journal_entries")).containsExactly("3");
        }
    }

    /** How rule SQL gets its parameters, as {@link RuleSql#bind} does. */
    interface Binder {
        RuleSql bind(String sql, Map<String, ?> parameters, String owner);
    }

    /** Hostile text thresholds leave the SQL text unchanged, compare as values and drop nothing. */
    private static void assertReachesDuckDbAsValue(Binder binder) throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            ledger.line(Map.of("j", "V1", "desc", QUOTE));
            ledger.line(Map.of("j", "V2", "desc", DROP));
            for (String value : List.of(QUOTE, DROP)) {
                RuleSql sql = binder.bind("SELECT journal_id FROM journal_entries WHERE je_line_description = ${name}",
                        Map.of("name", value), "DSC_TEST");
                assertThat(sql.sql()).as("the rule's SQL text").doesNotContain(value).doesNotContain("Brien");
                try (SqlScript.Variables bound = SqlScript.variables(ledger.connection, sql.variables())) {
                    assertThat(RuleFixturesTests.column(ledger, sql.sql())).hasSize(1);
                }
                catch (SQLException e) {
                    throw new AssertionError("the value broke the rule's SQL: " + e.getMessage(), e);
                }
                assertThat(RuleFixturesTests.column(ledger, "SELECT count(*) FROM journal_entries")).containsExactly("2");
            }
        }
    }

}
