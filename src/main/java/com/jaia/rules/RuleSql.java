package com.jaia.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Substitutes {@code ${name}} parameters into rule SQL as literals: numbers as they are, text quoted, lists as
 * DuckDB list literals. Every value is checked, so a threshold can never inject SQL.
 */
final class RuleSql {

    private static final Pattern PARAMETER = Pattern.compile("\\$\\{([a-z_][a-z0-9_]*)}");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private RuleSql() {
    }

    static String substitute(String sql, Map<String, ?> parameters, String ruleId) {
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalStateException("rule " + ruleId + " uses ${" + name + "} but has no such threshold");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(literal(parameters.get(name))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String literal(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(RuleSql::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        String text = String.valueOf(value).trim();
        if (value instanceof Number || NUMBER.matcher(text).matches()) {
            return text;
        }
        if (value instanceof Boolean || text.equals("true") || text.equals("false")) {
            return text;
        }
        if (text.contains("|")) {
            return literal(List.of(text.split("\\|")));
        }
        return "'" + text.replace("'", "''") + "'";
    }

}
