package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.ClassPathResource;

/**
 * Every catalogue rule against its own fixtures: it fires just past its threshold and stays silent just short of it.
 */
class RuleFixturesTests extends RulesLedgerTests {

    /**
     * The engine with the self-calibration guard off: a fixture tests one rule's threshold on a ledger built so that
     * the rule hits, often every journal of it ({@code HitShareGuardTests} tests the guard).
     */
    static final AuditRules ENGINE = RulesTestLedger.engine(new RulesSettings(null, null, 0, 0, 0, null, null, null,
            1.0, null));

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> fixtures() throws IOException {
        try (InputStream in = new ClassPathResource("rules/fixtures.yml").getInputStream()) {
            return (Map<String, Map<String, Object>>) new Yaml().load(in);
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        fixtures().forEach((id, fixture) -> {
            cases.add(Arguments.of(id, "fires", fixture.get("fires")));
            cases.add(Arguments.of(id, "silent", fixture.get("silent")));
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void ruleFiresPastItsThresholdAndStaysSilentShortOfIt(String ruleId, String expectation,
            Map<String, Object> fixture) throws Exception {
        if (fixture != null) {
            load(ledger, fixture);
            AuditRunSummary summary = ENGINE.run(ledger.connection, List.of(2024), "test",
                    rule -> rule.id().equals(ruleId));
            assertThat(summary.outcomes()).singleElement()
                .satisfies(outcome -> assertThat(outcome.status()).as(outcome.reason()).isEqualTo("ran"));
            List<String> journals = hitJournals(ledger, ruleId);
            if (expectation.equals("silent")) {
                assertThat(journals).as("journals flagged by %s", ruleId).isEmpty();
            }
            else {
                assertThat(journals).as("journals flagged by %s", ruleId).isNotEmpty();
                if (fixture.containsKey("hits")) {
                    assertThat(new TreeSet<>(journals)).as("journals flagged by %s", ruleId)
                        .containsExactlyElementsOf(new TreeSet<>((List<String>) fixture.get("hits")));
                }
                assertThat(messages(ledger, ruleId)).allSatisfy(message -> assertThat(message).isNotBlank());
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void load(RulesTestLedger ledger, Map<String, Object> fixture) throws SQLException {
        for (Map<String, Object> bulk : (List<Map<String, Object>>) fixture.getOrDefault("bulk", List.of())) {
            Map<String, String> expressions = new LinkedHashMap<>();
            bulk.forEach((key, value) -> {
                if (!key.equals("count")) {
                    expressions.put(key, value.toString());
                }
            });
            ledger.bulk((Integer) bulk.get("count"), expressions);
        }
        for (Map<String, Object> line : (List<Map<String, Object>>) fixture.getOrDefault("lines", List.of())) {
            ledger.line(line);
        }
        for (String sql : (List<String>) fixture.getOrDefault("sql", List.of())) {
            ledger.execute(sql);
        }
    }

    static List<String> hitJournals(RulesTestLedger ledger, String ruleId) throws SQLException {
        return column(ledger, "SELECT journal_id FROM rule_violations WHERE rule_id = '" + ruleId + "'");
    }

    static List<String> messages(RulesTestLedger ledger, String ruleId) throws SQLException {
        return column(ledger, "SELECT message FROM rule_violations WHERE rule_id = '" + ruleId + "'");
    }

    static List<String> column(RulesTestLedger ledger, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = ledger.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

}
