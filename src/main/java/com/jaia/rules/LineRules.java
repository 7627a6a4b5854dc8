package com.jaia.rules;

import java.sql.Connection;
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
import java.util.stream.Collectors;

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

    /** A rule reduced to its per-line condition and message expression. */
    record LineRule(Rule rule, String condition, String message) {
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
        return Optional.of(new LineRule(rule, condition, message));
    }

    /**
     * Inserts the hits of all {@code rules} into {@code run_violations} in one statement and returns what each rule
     * did; the pass's time is shared out equally among them.
     */
    static List<RuleOutcome> run(Connection duckDb, List<LineRule> rules) throws SQLException {
        if (rules.isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        try (Statement statement = duckDb.createStatement()) {
            statement.executeUpdate(sql(rules));
            Map<String, Long> hits = new HashMap<>();
            String ids = rules.stream().map(r -> RuleSql.literal(r.rule().id())).collect(Collectors.joining(", "));
            try (ResultSet counts = statement.executeQuery("SELECT rule_id, count(*) FROM run_violations "
                    + "WHERE rule_id IN (" + ids + ") GROUP BY rule_id")) {
                while (counts.next()) {
                    hits.put(counts.getString(1), counts.getLong(2));
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

    static String sql(List<LineRule> rules) {
        StringBuilder hits = new StringBuilder();
        StringBuilder any = new StringBuilder();
        for (LineRule line : rules) {
            Rule rule = line.rule();
            hits.append(hits.isEmpty() ? "" : ",\n    ").append("CASE WHEN (").append(line.condition())
                .append(") THEN {'rule_id': ").append(RuleSql.literal(rule.id())).append(", 'category': ")
                .append(RuleSql.literal(rule.category())).append(", 'severity': ").append(RuleSql.literal(rule.severity()))
                .append(", 'score': CAST(").append(rule.score()).append(" AS DOUBLE), 'message': CAST((")
                .append(line.message()).append(") AS VARCHAR)} END");
            any.append(any.isEmpty() ? "" : "\n   OR ").append('(').append(line.condition()).append(')');
        }
        return "INSERT INTO run_violations\n"
                + "SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, h.rule_id, h.category, h.severity, "
                + "h.score, h.message\n"
                + "FROM (SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, unnest(list_filter([\n    "
                + hits + "], lambda h: h IS NOT NULL)) AS h\n"
                + "      FROM rule_lines l\n      WHERE " + any + ")";
    }

}
