package com.jaia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No Java file builds SQL out of values: a string literal that reads like SQL is joined with {@code +},
 * {@code .formatted}, {@code String.format}, {@code .replace} or {@code .append} only to other literals and constants.
 * Values are bound as statement parameters; what cannot be bound (a table name) comes from a closed set, and each such
 * place is listed in {@link #ALLOWED} with the reason.
 */
class SqlConcatenationTests {

    /** A literal reads like SQL when it holds one of these words, written in capitals as every statement here is. */
    private static final Pattern SQL = Pattern.compile(
            "\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE|DROP|FROM|WHERE|VALUES|JOIN|ORDER BY|GROUP BY|VARIABLE)\\b"
                    + "|read_csv\\(|read_parquet\\(");

    /**
     * {@code File.java: operand} pairs that may be joined to SQL, each with why it is not a value. An entry that no
     * longer matches anything fails the test too, so the list cannot go stale.
     */
    private static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
            // table and column names cannot be parameters: each comes from a closed set, checked where it is defined
            Map.entry("AggregateQuery.java: aggregate.table()",
                    "an aggregate table of the catalogue, which AggregateCatalogue accepts only as agg_[a-z0-9_]+"),
            Map.entry("AggregateQuery.java: .append(aggregate.table())",
                    "the catalogue's tables, one SELECT each, which AggregateCatalogue accepts only as agg_[a-z0-9_]+"),
            Map.entry("AggregateQuery.java: aggregate.orderBy()",
                    "the catalogue's ORDER BY columns, which AggregateCatalogue accepts only as column names"),
            Map.entry("AggregateQuery.java: filter.where()",
                    "conditions on the table's own column names with ? for each value, bound from filter's parameters"),
            Map.entry("AggregateQuery.java: String.join(\" AND \", conditions)",
                    "the same conditions: column names of the table and ? for each value"),
            Map.entry("AggregateRefresher.java: table",
                    "an aggregate table of the catalogue, which AggregateCatalogue accepts only as agg_[a-z0-9_]+"),
            Map.entry("Applicability.java: requirement",
                    "a table named in the rule catalogue's requires, accepted only as [a-z_][a-z0-9_]* (Applicability.NAME)"),
            Map.entry("Applicability.java: parts[0]", "the table of a table.column requirement, checked the same way"),
            Map.entry("Applicability.java: parts[1]", "the column of a table.column requirement, checked the same way"),
            Map.entry("Applicability.java: counts",
                    "count(<field>) over the rule catalogue's line fields, each checked against Applicability.NAME"),
            Map.entry("AuditRules.java: table", "the rules run's own temp tables, constants of AuditRules"),
            Map.entry("FeatureSample.java: String.join(\", \", MlFeature.columns())",
                    "the feature columns, constants of the MlFeature enum"),
            Map.entry("LineFeatures.java: String.join(\", \", columns)",
                    "the feature columns, constants of the MlFeature enum and of LineFeatures"),
            Map.entry("LineRules.java: flags", "the line rules' conditions: SQL of the rule catalogue's files, no values"),
            Map.entry("LineRules.java: any", "the same conditions, joined with OR"),
            Map.entry("LineRules.java: union",
                    "one SELECT a rule: its message expression from its file; its id, category, severity, score are ?"),
            Map.entry("LineRules.java: .append(rules.get(i).message())",
                    "a line rule's message expression, SQL of the rule catalogue's file"),
            Map.entry("LineRules.java: .append(i)", "the position of a rule in the pass, naming its flag column"),
            Map.entry("MasterLoader.java: table", "a master table, one of the MasterKind constants"),
            Map.entry("MasterTableWriter.java: kind.table", "a master table, one of the MasterKind constants"),
            Map.entry("MlScorer.java: object", "the ML step's own temp tables and views, constants of MlScorer"),
            Map.entry("ReferenceData.java: table", "a reference table, a constant of ReferenceData"),
            Map.entry("RuleSql.java: .appendReplacement(Matcher.quoteReplacement(reference(matcher.group(1), variable)))",
                    "a session variable's name, getvariable('<owner>__<name>'), from the rule's own ${name}: the value "
                            + "goes into the variable as a bound parameter"),
            Map.entry("SqlScript.java: placeholder(value.getValue())",
                    "? or CAST(? AS DECIMAL(w, s)): the width and scale are counts of the value's digits, the value is ?"),
            Map.entry("SqlScript.java: name(value.getKey())",
                    "a session variable's name, given by the code and accepted only as [a-z_][a-z0-9_]*"),
            Map.entry("SqlScript.java: name", "the same names, reset"),
            Map.entry("SqlScript.java: .replace(value.getValue())",
                    "SqlScript.fill, the one placeholder filler: its callers fill texts fixed in the code (the staging "
                            + "files' column types) or a rule's query from the rule files, never a value"),
            Map.entry("ViolationPage.java: range", "a paging clause chosen between fixed texts, its bounds ? parameters"),
            Map.entry("ViolationPage.java: where", "fixed conditions with ? for each value, bound from its parameters")));

    @Test
    void noJavaFileBuildsSqlFromValues() throws IOException {
        Map<String, String> findings = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString();
                for (Finding finding : scan(Files.readString(file))) {
                    findings.merge(name + ": " + finding.operand(), name + ":" + finding.line(), (a, b) -> a + "," + b);
                }
            }
        }
        Map<String, String> unexplained = new TreeMap<>(findings);
        unexplained.keySet().removeAll(ALLOWED.keySet());
        assertThat(unexplained)
            .as("SQL joined to a value; bind the value as a parameter or move the statement to a .sql file (an "
                    + "identifier from a closed, checked set may be listed in ALLOWED with the reason)")
            .isEmpty();
        Set<String> stale = new LinkedHashSet<>(ALLOWED.keySet());
        stale.removeAll(findings.keySet());
        assertThat(stale).as("allowed entries that no longer occur; remove them").isEmpty();
    }

    @Test
    void findsConcatenatedFormattedAndReplacedValues() {
        String source = """
                class Store {
                    static final String COLUMNS = "a, b";
                    void run(Statement s, int year, String table, String file) {
                        s.execute("DELETE FROM ml_scores WHERE fiscal_year = " + year);
                        s.execute("SELECT " + COLUMNS + " FROM t WHERE x = ?");
                        s.execute("SELECT count(*) FROM %s".formatted(table));
                        s.execute(String.format("SELECT * FROM read_csv('%s')", file));
                        s.execute(SQL.replace("${file}", file));
                        s.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + file.replace("'", "''") + "')");
                        new StringBuilder("SELECT * FROM t WHERE y = ").append(year);
                        log.info("read " + year + " rows from the file");
                    }
                    static final String SQL = "SELECT * FROM read_csv('${file}')";
                }
                """;
        assertThat(scan(source)).extracting(Finding::operand)
            .containsExactly("year", ".formatted(table)", "String.format(file)", ".replace(file)",
                    "file.replace(\"'\", \"''\")", ".append(year)");
    }

    @Test
    void findsValuesSubstitutedIntoRuleSql() {
        String source = """
                class RuleSql {
                    String substitute(Matcher matcher, StringBuilder out, Map<String, ?> parameters) {
                        matcher.appendReplacement(out, Matcher.quoteReplacement(literal(parameters.get(matcher.group(1)))));
                        matcher.appendReplacement(out, "getvariable('x')");
                        return out.toString();
                    }
                }
                """;
        assertThat(scan(source)).extracting(Finding::operand)
            .containsExactly(".appendReplacement(Matcher.quoteReplacement(literal(parameters.get(matcher.group(1)))))");
    }

    @Test
    void acceptsBoundParametersAndConstants() {
        String source = """
                class Store {
                    private static final String TABLE = "ml_scores";
                    void run(JdbcClient jdbc, int year) {
                        jdbc.sql("DELETE FROM " + TABLE + " WHERE fiscal_year = ?").param(year).update();
                        jdbc.sql(SqlScript.read("db/x.sql")).param(year).update();
                        String text = \"""
                            SELECT 1 FROM t
                            \""";
                        throw new IllegalStateException("cannot read from the store: " + year);
                    }
                }
                """;
        assertThat(scan(source)).isEmpty();
    }

    /** One operand joined to SQL: the expression as written and its line. */
    record Finding(String operand, int line) {
    }

    /** The non-constant operands joined to SQL literals in a Java source. */
    static List<Finding> scan(String source) {
        List<Token> tokens = tokenize(source);
        List<Finding> findings = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isString() && token.text().startsWith("${") && i >= 3 && tokens.get(i - 1).is("(")
                    && tokens.get(i - 2).text().startsWith("replace") && tokens.get(i - 3).is(".")) {
                // a placeholder of a SQL text read from a file, filled with a value
                List<List<Token>> arguments = arguments(tokens, i - 1);
                if (arguments.size() > 1 && !constant(arguments.get(1))) {
                    findings.add(new Finding(".replace(" + text(arguments.get(1)) + ")", token.line()));
                }
            }
            if (token.is("appendReplacement") && i + 1 < tokens.size() && tokens.get(i + 1).is("(")) {
                // a regex substitution into a text (rule SQL's ${name}): what it writes must not be a value
                List<List<Token>> arguments = arguments(tokens, i + 1);
                if (arguments.size() > 1 && !constant(arguments.get(1))) {
                    findings.add(new Finding(".appendReplacement(" + text(arguments.get(1)) + ")", token.line()));
                }
            }
            if (!token.isString() || !SQL.matcher(token.text()).find()) {
                continue;
            }
            int start = chainStart(tokens, i);
            int end = chainEnd(tokens, i);
            if (seen.add(start)) {
                for (List<Token> operand : operands(tokens, start, end)) {
                    if (!constant(operand)) {
                        findings.add(new Finding(text(operand), operand.get(0).line()));
                    }
                }
            }
            findings.addAll(calls(tokens, end));
            if (i >= 4 && tokens.get(i - 1).is("(") && tokens.get(i - 2).is("format")
                    && tokens.get(i - 3).is(".") && tokens.get(i - 4).is("String")) {
                for (List<Token> argument : arguments(tokens, i - 1).subList(1, arguments(tokens, i - 1).size())) {
                    if (!constant(argument)) {
                        findings.add(new Finding("String.format(" + text(argument) + ")", token.line()));
                    }
                }
            }
        }
        return findings;
    }

    /** Calls on the finished SQL text that put values in: {@code .formatted(v)}, {@code .replace(k, v)}, {@code .append(v)}. */
    private static List<Finding> calls(List<Token> tokens, int end) {
        List<Finding> findings = new ArrayList<>();
        int at = end + 1;
        if (at < tokens.size() && tokens.get(at).is(")")) {
            int open = opening(tokens, at);
            String callee = open > 0 ? tokens.get(open - 1).text() : "";
            if (callee.equals("append") || callee.equals("StringBuilder")) {
                at++;
            }
        }
        while (at + 2 < tokens.size() && tokens.get(at).is(".") && tokens.get(at + 2).is("(")) {
            String method = tokens.get(at + 1).text();
            List<List<Token>> arguments = arguments(tokens, at + 2);
            List<List<Token>> values = switch (method) {
                case "formatted", "append" -> arguments;
                case "replace", "replaceAll", "replaceFirst" -> arguments.size() > 1 ? arguments.subList(1, 2) : List.of();
                default -> List.of();
            };
            for (List<Token> value : values) {
                if (!constant(value)) {
                    findings.add(new Finding("." + method + "(" + text(value) + ")", tokens.get(at).line()));
                }
            }
            at = closing(tokens, at + 2) + 1;
        }
        return findings;
    }

    private static int chainStart(List<Token> tokens, int i) {
        int start = i;
        while (start > 0 && tokens.get(start - 1).is("+")) {
            start = operandStart(tokens, start - 2);
        }
        return start;
    }

    private static int chainEnd(List<Token> tokens, int i) {
        int end = i;
        while (end + 1 < tokens.size() && tokens.get(end + 1).is("+")) {
            end = operandEnd(tokens, end + 2);
        }
        return end;
    }

    /** The first token of the operand ending at {@code end}: back over calls, member access and brackets. */
    private static int operandStart(List<Token> tokens, int end) {
        int at = end;
        while (at > 0) {
            Token token = tokens.get(at);
            if (token.is(")") || token.is("]")) {
                at = opening(tokens, at);
            }
            Token before = tokens.get(at - 1);
            if (before.is(".") || (before.isWord() && (tokens.get(at).is("(") || tokens.get(at).is("[")))
                    || before.is("new")) {
                at -= before.is(".") ? 2 : 1;
                continue;
            }
            if (before.isWord() && before.is("new")) {
                at--;
                continue;
            }
            return at;
        }
        return at;
    }

    /** The last token of the operand starting at {@code start}. */
    private static int operandEnd(List<Token> tokens, int start) {
        int at = start;
        if (tokens.get(at).is("(")) {
            at = closing(tokens, at);
        }
        while (at + 1 < tokens.size()) {
            Token next = tokens.get(at + 1);
            if (next.is("(") || next.is("[")) {
                at = closing(tokens, at + 1);
            }
            else if (next.is(".") && at + 2 < tokens.size()) {
                at += 2;
            }
            else {
                return at;
            }
        }
        return at;
    }

    private static List<List<Token>> operands(List<Token> tokens, int start, int end) {
        List<List<Token>> operands = new ArrayList<>();
        int from = start;
        for (int at = start; at <= end; at++) {
            Token token = tokens.get(at);
            if (token.is("(") || token.is("[")) {
                at = closing(tokens, at);
            }
            else if (token.is("+")) {
                operands.add(tokens.subList(from, at));
                from = at + 1;
            }
        }
        operands.add(tokens.subList(from, end + 1));
        return operands;
    }

    private static List<List<Token>> arguments(List<Token> tokens, int open) {
        List<List<Token>> arguments = new ArrayList<>();
        int close = closing(tokens, open);
        int from = open + 1;
        for (int at = open + 1; at < close; at++) {
            Token token = tokens.get(at);
            if (token.is("(") || token.is("[") || token.is("{")) {
                at = closing(tokens, at);
            }
            else if (token.is(",")) {
                arguments.add(tokens.subList(from, at));
                from = at + 1;
            }
        }
        if (from < close) {
            arguments.add(tokens.subList(from, close));
        }
        return arguments;
    }

    /** Literals, numbers and constants ({@code UPPER_CASE}, possibly qualified) only. */
    private static boolean constant(List<Token> operand) {
        for (int i = 0; i < operand.size(); i++) {
            Token token = operand.get(i);
            if (token.isString() || token.isNumber() || token.is("+")) {
                continue;
            }
            boolean qualifier = i + 1 < operand.size() && operand.get(i + 1).is(".");
            if (token.is(".") || (token.isWord() && (token.text().matches("[A-Z][A-Z0-9_]*")
                    || (qualifier && Character.isUpperCase(token.text().charAt(0)))))) {
                continue;
            }
            return false;
        }
        return !operand.isEmpty();
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int at = open; at < tokens.size(); at++) {
            String text = tokens.get(at).text();
            if (!tokens.get(at).isString()) {
                if (text.equals("(") || text.equals("[") || text.equals("{")) {
                    depth++;
                }
                else if (text.equals(")") || text.equals("]") || text.equals("}")) {
                    depth--;
                    if (depth == 0) {
                        return at;
                    }
                }
            }
        }
        return tokens.size() - 1;
    }

    private static int opening(List<Token> tokens, int close) {
        int depth = 0;
        for (int at = close; at >= 0; at--) {
            String text = tokens.get(at).text();
            if (!tokens.get(at).isString()) {
                if (text.equals(")") || text.equals("]") || text.equals("}")) {
                    depth++;
                }
                else if (text.equals("(") || text.equals("[") || text.equals("{")) {
                    depth--;
                    if (depth == 0) {
                        return at;
                    }
                }
            }
        }
        return 0;
    }

    private static String text(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            if (token.is(",")) {
                text.append(", ");
            }
            else {
                text.append(token.isString() ? "\"" + token.text() + "\"" : token.text());
            }
        }
        return text.toString();
    }

    /** A Java token: a string literal (its content), a word, a number or one character of punctuation. */
    record Token(String text, Kind kind, int line) {

        enum Kind { STRING, WORD, NUMBER, OTHER }

        boolean is(String value) {
            return kind != Kind.STRING && text.equals(value);
        }

        boolean isString() {
            return kind == Kind.STRING;
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isNumber() {
            return kind == Kind.NUMBER;
        }
    }

    private static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            }
            else if (Character.isWhitespace(c)) {
                i++;
            }
            else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            }
            else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += count(source.substring(i, end));
                i = end;
            }
            else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                tokens.add(new Token(source.substring(i + 3, end - 3), Token.Kind.STRING, line));
                line += count(source.substring(i, end));
                i = end;
            }
            else if (c == '"' || c == '\'') {
                int at = i + 1;
                while (at < source.length() && source.charAt(at) != c) {
                    at += source.charAt(at) == '\\' ? 2 : 1;
                }
                String content = source.substring(i + 1, Math.min(at, source.length()));
                tokens.add(new Token(content, c == '"' ? Token.Kind.STRING : Token.Kind.NUMBER, line));
                i = at + 1;
            }
            else if (Character.isJavaIdentifierStart(c)) {
                int at = i;
                while (at < source.length() && Character.isJavaIdentifierPart(source.charAt(at))) {
                    at++;
                }
                tokens.add(new Token(source.substring(i, at), Token.Kind.WORD, line));
                i = at;
            }
            else if (Character.isDigit(c)) {
                int at = i;
                while (at < source.length() && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '.'
                        || source.charAt(at) == '_')) {
                    at++;
                }
                tokens.add(new Token(source.substring(i, at), Token.Kind.NUMBER, line));
                i = at;
            }
            else {
                tokens.add(new Token(String.valueOf(c), Token.Kind.OTHER, line));
                i++;
            }
        }
        return tokens;
    }

    private static int count(String text) {
        return (int) text.chars().filter(ch -> ch == '\n').count();
    }

}
