package com.jaia.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jaia.pipeline.JobFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rules in {@code journal-import/rules/catalogue.yml} with configuration overrides applied, and their SQL.
 */
public final class RuleCatalogue {

    static final String RULES_DIR = "journal-import/rules/";

    /** The share of journals at or below which a rule with a {@code rare} weight counts its finding as rare. */
    static final double DEFAULT_RARE_SHARE = 0.005;

    private final List<Rule> rules;

    private final JobFiles files;

    private RuleCatalogue(List<Rule> rules, JobFiles files) {
        this.rules = List.copyOf(rules);
        this.files = files;
    }

    static RuleCatalogue load(JobFiles files, RulesSettings settings) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> root = yaml.load(files.read(RULES_DIR + "catalogue.yml"));
        List<Rule> rules = new ArrayList<>();
        for (Object item : (List<?>) root.get("rules")) {
            rules.add(toRule(asMap(item), settings));
        }
        return new RuleCatalogue(rules, files);
    }

    private static Rule toRule(Map<String, Object> entry, RulesSettings settings) {
        String id = (String) entry.get("id");
        Map<String, Object> thresholds = new LinkedHashMap<>(asMap(entry.getOrDefault("thresholds", Map.of())));
        settings.thresholds().getOrDefault(id, Map.of()).forEach((name, value) -> {
            if (!thresholds.containsKey(name)) {
                throw new IllegalStateException(
                        "jaia.rules.thresholds." + id + "." + name + " names no threshold of rule " + id);
            }
            thresholds.put(name, value);
        });
        boolean enabled = !Boolean.FALSE.equals(entry.get("enabled")) && !settings.disabled().contains(id);
        List<String> requires = new ArrayList<>();
        ((List<?>) entry.getOrDefault("requires", List.of())).forEach(r -> requires.add(r.toString()));
        return new Rule(id, (String) entry.get("name_ja"), (String) entry.get("name_en"), (String) entry.get("category"),
                (String) entry.get("severity"), ((Number) entry.get("score")).doubleValue(), thresholds,
                List.copyOf(requires), enabled, (String) entry.get("description"), rarity(id, entry.get("rare")));
    }

    /** The {@code rare} block of an entry ({@code score}, optional {@code share}, default 0.5% of journals). */
    private static Rule.Rarity rarity(String id, Object block) {
        if (block == null) {
            return null;
        }
        Map<String, Object> rare = asMap(block);
        if (!(rare.get("score") instanceof Number score) || score.doubleValue() <= 0 || score.doubleValue() >= 100) {
            throw new IllegalStateException("rule " + id + ": rare.score must be a number between 0 and 100");
        }
        Object share = rare.getOrDefault("share", DEFAULT_RARE_SHARE);
        if (!(share instanceof Number value) || value.doubleValue() <= 0 || value.doubleValue() >= 1) {
            throw new IllegalStateException("rule " + id + ": rare.share must be a share of journals between 0 and 1");
        }
        return new Rule.Rarity(score.doubleValue(), ((Number) share).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /**
     * The rule's SQL reading its thresholds as session variables, and their values, amounts relative to the ledger
     * resolved on its scale.
     */
    RuleSql sql(Rule rule, LedgerScale scale) {
        return RuleSql.bind(files.read(RULES_DIR + rule.sqlPath()), scale.resolve(rule.thresholds()), rule.id());
    }

}
