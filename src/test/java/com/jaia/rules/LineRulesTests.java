package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jaia.duckdb.SqlScript;
import org.junit.jupiter.api.Test;

/**
 * The shared pass of line rules: which rules qualify, and that one pass flags exactly what each rule flags alone.
 */
class LineRulesTests {

    private static final Rule RULE = new Rule("X_TEST", "テスト", "Test", "amount", "high", 50, Map.of(), List.of(),
            true, "test");

    @Test
    void recognisesAConditionOnEachLine() {
        String sql = "-- header comment\nSELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, "
                + "'amount ' || l.amount || ' from the select list' AS message\nFROM rule_lines l WHERE l.amount > 10;\n";

        assertThat(LineRules.parse(RULE, sql)).hasValueSatisfying(line -> {
            assertThat(line.condition()).isEqualTo("l.amount > 10");
            assertThat(line.message()).isEqualTo("'amount ' || l.amount || ' from the select list'");
        });
        assertThat(LineRules.parse(RULE, sql.replace("rule_lines", "rule_entries"))).isPresent();
    }

    @Test
    void leavesRulesThatJoinGroupOrQueryFurtherToRunAlone() {
        String select = "SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'x' AS message ";
        assertThat(LineRules.parse(RULE, select + "FROM rule_lines l JOIN holidays h ON h.holiday_date = l.entry_date"))
            .isEmpty();
        assertThat(LineRules.parse(RULE, select + "FROM rule_lines l WHERE l.journal_id IN (SELECT journal_id FROM j)"))
            .isEmpty();
        assertThat(LineRules.parse(RULE, select + "FROM rule_lines l WHERE l.amount > 0 QUALIFY row_number() "
                + "OVER (PARTITION BY l.journal_id) = 1")).isEmpty();
        assertThat(LineRules.parse(RULE, "WITH j AS (SELECT 1) " + select + "FROM rule_lines l WHERE true")).isEmpty();
        assertThat(LineRules.parse(RULE, select + "FROM rule_journals l WHERE true")).isEmpty();
    }

    @Test
    void oneSharedPassFlagsWhatEachLineRuleFlagsAlone() throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            ledger.line(Map.of("j", "A1", "amt", 3000000, "prep", "U02", "appr", "U02"));
            ledger.line(Map.of("j", "A2", "amt", 777777, "time", "23:30:00", "entry", "2024-04-13"));
            ledger.line(Map.of("j", "A3", "amt", 0, "desc", ""));
            ledger.bulk(50, Map.of("amt", "1000 + i * 37"));
            AuditRules engine = RulesTestLedger.engine();
            RuleCatalogue catalogue = engine.catalogue();
            List<LineRules.LineRule> lineRules = new ArrayList<>();
            Map<String, Object> thresholds = new HashMap<>();
            for (Rule rule : catalogue.rules()) {
                RuleSql sql = catalogue.sql(rule, RulesTestLedger.YEN_SCALE);
                thresholds.putAll(sql.variables());
                LineRules.parse(rule, sql.sql()).ifPresent(lineRules::add);
            }
            engine.run(ledger.connection, List.of(2024), "test");
            Set<String> alone = new TreeSet<>();
            List<RuleOutcome> outcomes;
            try (SqlScript.Variables bound = SqlScript.variables(ledger.connection, thresholds)) {
                for (LineRules.LineRule line : lineRules) {
                    alone.addAll(RuleFixturesTests.column(ledger, "SELECT gl_detail_id || ' ' || '" + line.rule().id()
                            + "' FROM (" + line.sql().strip().replaceAll(";\\s*$", "") + ")"));
                }
                ledger.execute(AuditRules.RUN_VIOLATIONS);

                outcomes = LineRules.run(ledger.connection, lineRules);
            }

            Set<String> shared = new TreeSet<>(RuleFixturesTests.column(ledger,
                    "SELECT gl_detail_id || ' ' || rule_id FROM run_violations"));
            assertThat(lineRules).hasSizeGreaterThan(30);
            assertThat(shared).isEqualTo(alone).hasSizeGreaterThan(5);
            assertThat(outcomes).extracting(RuleOutcome::ruleId)
                .containsExactlyElementsOf(lineRules.stream().map(line -> line.rule().id()).toList());
            assertThat(outcomes.stream().mapToLong(RuleOutcome::hits).sum()).isEqualTo(shared.size());
        }
    }

}
