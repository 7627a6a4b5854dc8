package com.jaia.rules;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the audit rules run: threshold and enablement overrides over the catalogue, and how ML scores weigh in.
 *
 * @param thresholds per rule id, threshold name to value, e.g. {@code jaia.rules.thresholds.AMT_ROUND_AMOUNT.min_amount=5000000}
 * @param disabled rule ids switched off whatever the catalogue says
 * @param mlWeight the weight (0..1) of the ML anomaly score in the risk formula
 * @param mlSeed the seed that makes the ML scores reproducible
 * @param fiscalYearStartMonth the first month of the fiscal year (4 for a Japanese April year)
 */
@ConfigurationProperties("jaia.rules")
public record RulesSettings(Map<String, Map<String, String>> thresholds, List<String> disabled, double mlWeight,
        long mlSeed, int fiscalYearStartMonth) {

    public RulesSettings {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        disabled = disabled == null ? List.of() : List.copyOf(disabled);
        mlWeight = mlWeight <= 0 || mlWeight > 1 ? 0.4 : mlWeight;
        mlSeed = mlSeed == 0 ? 42L : mlSeed;
        fiscalYearStartMonth = fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12 ? 4 : fiscalYearStartMonth;
    }

    /** Settings with every default, for tools and tests that run without Spring. */
    static RulesSettings defaults() {
        return new RulesSettings(null, null, 0, 0, 0);
    }

}
