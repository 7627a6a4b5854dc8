package com.jaia.observability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/** Reads {@code ops/monitoring/jaia-alerts.yml} and names the metrics its expressions use. */
public final class AlertRules {

    public static final Path FILE = Path.of("ops", "monitoring", "jaia-alerts.yml");

    private static final Set<String> PROMQL = Set.of("sum", "rate", "increase", "histogram_quantile", "by", "without",
            "avg", "max", "min", "count", "irate", "le", "and", "or", "unless", "on", "ignoring");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private AlertRules() {
    }

    /** Each rule's alert name and expression. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> rules() throws IOException {
        try (InputStream in = Files.newInputStream(FILE)) {
            Map<String, Object> document = new Yaml().load(in);
            List<Map<String, Object>> rules = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
                rules.addAll((List<Map<String, Object>>) group.get("rules"));
            }
            return rules;
        }
    }

    /** The metric names in an expression: label matchers, grouping clauses and PromQL words left out. */
    public static Set<String> metrics(String expression) {
        String bare = expression.replaceAll("\\{[^}]*}", " ").replaceAll("(?i)\\b(by|without)\\s*\\([^)]*\\)", " ")
            .replaceAll("\\[[^]]*]", " ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            String name = matcher.group();
            if (!PROMQL.contains(name) && name.contains("_")) {
                names.add(name);
            }
        }
        return names;
    }

}
