package com.jaia.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jaia.duckdb.SqlScript;

/**
 * Evaluates the line rules in one pass over the lines. A line rule is a rule whose SQL reads
 * {@code SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, <message> AS message
 * FROM rule_lines l WHERE <condition>} (or {@code FROM rule_entries l}) with no sub-query, join, grouping or window:
 * it judges each line on its own. Scanning the ledger once for all of them instead of once per rule is what keeps
 * the rule step fast on millions of lines; every other rule runs on its own. When the shared pass fails, the caller
 * runs the line rules one by one, so a broken rule is still named.
 */
final class LineRules {

    private static final Pattern SHAPE = Pattern.compile("(?is)^\\s*SELECT\\s+l\\.gl_detail_id\\s*,\\s*l\\.journal_id\\s*,"
            + "\\s*l\\.fiscal_year\\s*,\\s*l\\.business_unit_code\\s*,\\s*(?<message>.+?)\\s+AS\\s+message\\s+"
            + "FROM\\s+rule_(?:lines|entries)\\s+l\\s+WHERE\\s+(?<condition>.+?)\\s*;?\\s*$");

    private static final Pattern NOT_A_LINE_TEST = Pattern.compile(
            "(?i)\\b(select|from|join|group|having|qualify|order|limit|union|except|intersect|over|window|with)\\b");

    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private static final Pattern COMMENT = Pattern.compile("--[^\\n]*");

    private LineRules() {
    }

    /** A rule reduced to its per-line condition and message expression, with the SQL they come from. */
    record LineRule(Rule rule, String sql, String condition, String message) {
    }

    /** The rule as a line rule, or empty when its SQL has another shape. */
    static Optional<LineRule> parse(Rule rule, String sql) {
        Matcher matcher = SHAPE.matcher(COMMENT.matcher(sql).replaceAll(""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String condition = matcher.group("condition");
        String message = matcher.group("message");
        String code = STRING_LITERAL.matcher(condition + " " + message).replaceAll("''");
        if (NOT_A_LINE_TEST.matcher(code).find() || code.contains(";")) {
            return Optional.empty();
        }
        return Optional.of(new LineRule(rule, sql, condition, message));
    }

    /**
     * Inserts the hits of all {@code rules} into {@code run_violations} and returns what each rule did; the pass's time
     * is shared out equally among them. One scan keeps the lines that any rule flags, with a flag per rule; the
     * messages are then written from those lines only.
     */
    static List<RuleOutcome> run(Connection duckDb, List<LineRule> rules) throws SQLException {
        if (rules.isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        try (Statement statement = duckDb.createStatement()) {
            try {
                statement.execute(flaggedLinesSql(rules));
                List<Object> facts = new ArrayList<>();
                for (LineRule rule : rules) {
                    facts.addAll(List.of(rule.rule().id(), rule.rule().category(), rule.rule().severity(),
                            rule.rule().score()));
                }
                SqlScript.update(duckDb, violationsSql(rules), facts.toArray());
            }
            finally {
                statement.execute("DROP TABLE IF EXISTS rule_flagged_lines");
            }
            Map<String, Long> hits = new HashMap<>();
            List<String> ids = rules.stream().map(r -> r.rule().id()).toList();
            try (PreparedStatement count = duckDb.prepareStatement("SELECT rule_id, count(*) FROM run_violations "
                    + "WHERE list_contains(?, rule_id) GROUP BY rule_id")) {
                count.setArray(1, duckDb.createArrayOf("VARCHAR", ids.toArray()));
                try (ResultSet counts = count.executeQuery()) {
                    while (counts.next()) {
                        hits.put(counts.getString(1), counts.getLong(2));
                    }
                }
            }
            long share = (System.nanoTime() - started) / 1_000_000 / rules.size();
            List<RuleOutcome> outcomes = new ArrayList<>();
            for (LineRule rule : rules) {
                outcomes.add(new RuleOutcome(rule.rule().id(), "ran", hits.getOrDefault(rule.rule().id(), 0L), share,
                        null));
            }
            return outcomes;
        }
    }

    /** The lines any rule flags, with their fields and one boolean {@code flag_<n>} per rule. */
    static String flaggedLinesSql(List<LineRule> rules) {
        StringBuilder flags = new StringBuilder();
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            String condition = "(" + rules.get(i).condition() + ")";
            flags.append(",\n       coalesce(").append(condition).append(", false) AS flag_").append(i);
            any.append(i == 0 ? "" : "\n   OR ").append(condition);
        }
        return "CREATE OR REPLACE TEMP TABLE rule_flagged_lines AS\nSELECT l.*" + flags + "\nFROM rule_lines l\nWHERE "
                + any;
    }

    /**
     * One insert of every rule's messages over the flagged lines; each rule's id, category, severity and score are
     * parameters, four a rule in the rules' order.
     */
    static String violationsSql(List<LineRule> rules) {
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            union.append(i == 0 ? "" : "\nUNION ALL\n")
                .append("SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, ?, ?, ?, ")
                .append("CAST(? AS DOUBLE), CAST((").append(rules.get(i).message())
                .append(") AS VARCHAR) FROM rule_flagged_lines l WHERE l.flag_").append(i);
        }
        return "INSERT INTO run_violations\n" + union;
    }

}
