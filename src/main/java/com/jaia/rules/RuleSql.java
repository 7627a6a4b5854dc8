package com.jaia.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule SQL whose {@code ${name}} parameters read DuckDB session variables, and the values those variables take. Each
 * {@code ${name}} becomes {@code getvariable('<owner>__<name>')}, a name and never a value; the owner (a rule id or a
 * script's name) keeps the variables of rules that run together in one pass apart. The values are set with bound
 * parameters ({@link RuleVariables}), typed the way the rule files have always meant them: numbers as numbers (a
 * decimal keeps the width and scale it is written with), {@code true}/{@code false} as booleans, a YAML list or
 * {@code a|b|c} text as a list, any other text as text. DuckDB folds {@code getvariable} to a constant when it binds
 * the query, so filters on thresholds are pushed down as before.
 *
 * @param sql the SQL with every parameter replaced by a variable reference
 * @param variables the variables' names and values
 */
record RuleSql(String sql, Map<String, Object> variables) {

    /** A parameter, with {@code INTERVAL } before it when there is: an interval takes an expression in parentheses. */
    private static final Pattern PARAMETER = Pattern.compile("((?i:INTERVAL)\\s+)?\\$\\{([a-z_][a-z0-9_]*)}");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    RuleSql {
        variables = Map.copyOf(variables);
    }

    /**
     * The SQL with its parameters turned into variable references.
     * @throws IllegalStateException naming the owner when the SQL uses a parameter that has no value
     */
    static RuleSql bind(String sql, Map<String, ?> parameters, String owner) {
        String prefix = prefix(owner);
        Map<String, Object> variables = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2);
            if (!parameters.containsKey(name)) {
                throw new IllegalStateException("rule " + owner + " uses ${" + name + "} but has no such threshold");
            }
            String variable = prefix + name;
            variables.put(variable, value(parameters.get(name)));
            matcher.appendReplacement(out, Matcher.quoteReplacement(reference(matcher.group(1), variable)));
        }
        matcher.appendTail(out);
        return new RuleSql(out.toString(), variables);
    }

    /** {@code getvariable('name')}, in parentheses after {@code INTERVAL} (null when the parameter has none before it). */
    private static String reference(String interval, String variable) {
        String reference = "getvariable('" + variable + "')";
        return interval == null ? reference : interval + "(" + reference + ")";
    }

    /** {@code AMT_ROUND_AMOUNT} gives {@code amt_round_amount__}: lower-case letters, digits and underscores. */
    static String prefix(String owner) {
        String prefix = owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return (Character.isDigit(prefix.charAt(0)) ? "_" : "") + prefix + "__";
    }

    /** The value a threshold stands for, typed as the rule SQL reads it. */
    static Object value(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(RuleSql::value).toList();
        }
        String text = String.valueOf(value).trim();
        if (NUMBER.matcher(text).matches()) {
            return number(text);
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean || text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.contains("|")) {
            return value(List.of(text.split("\\|")));
        }
        return text;
    }

    /** A whole number as INTEGER or BIGINT when it fits, else as a decimal, the way DuckDB types the literal. */
    private static Object number(String text) {
        if (text.contains(".")) {
            return new BigDecimal(text);
        }
        BigInteger whole = new BigInteger(text);
        if (whole.bitLength() < Integer.SIZE) {
            return whole.intValue();
        }
        return whole.bitLength() < Long.SIZE ? whole.longValue() : new BigDecimal(whole);
    }

}
