package com.jaia.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the audit rules run: threshold and enablement overrides over the catalogue, the ledger facts that can be set
 * instead of inferred, the self-calibration guard, and how ML scores weigh in.
 *
 * @param thresholds per rule id, threshold name to value, e.g. {@code jaia.rules.thresholds.AMT_ROUND_AMOUNT.min_amount=5000000}
 *        (an absolute amount) or {@code =20 magnitude} (relative to the ledger)
 * @param disabled rule ids switched off whatever the catalogue says
 * @param mlWeight the weight (0..1) of the ML anomaly score in the risk formula
 * @param mlSeed the seed that makes the ML scores reproducible
 * @param fiscalYearStartMonth the first month of the fiscal year when the ledger does not show it (4 for April)
 * @param materiality the materiality amount in the ledger's currency; unset, the currency default, else the ledger's own
 * @param currencyMateriality default materiality by currency code (JPY 100,000,000)
 * @param holidayCalendar the holiday calendar ({@code JP}, {@code US}, {@code GB}, {@code EU} or {@code none});
 *        unset, the country of the ledger's currency
 * @param maxHitShare a rule hitting more than this share of the journals is non-discriminating: weight 0 for the run
 * @param alwaysWeighted rule ids the guard leaves weighted however many journals they hit
 */
@ConfigurationProperties("jaia.rules")
public record RulesSettings(Map<String, Map<String, String>> thresholds, List<String> disabled, double mlWeight,
        long mlSeed, int fiscalYearStartMonth, BigDecimal materiality, Map<String, BigDecimal> currencyMateriality,
        String holidayCalendar, double maxHitShare, List<String> alwaysWeighted) {

    public RulesSettings {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        disabled = disabled == null ? List.of() : List.copyOf(disabled);
        mlWeight = mlWeight <= 0 || mlWeight > 1 ? 0.4 : mlWeight;
        mlSeed = mlSeed == 0 ? 42L : mlSeed;
        fiscalYearStartMonth = fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12 ? 4 : fiscalYearStartMonth;
        materiality = materiality == null || materiality.signum() <= 0 ? null : materiality;
        currencyMateriality = currencyMateriality == null || currencyMateriality.isEmpty()
                ? Map.of("JPY", BigDecimal.valueOf(100_000_000L)) : Map.copyOf(currencyMateriality);
        maxHitShare = maxHitShare <= 0 || maxHitShare > 1 ? 0.2 : maxHitShare;
        alwaysWeighted = alwaysWeighted == null ? List.of() : List.copyOf(alwaysWeighted);
    }

    /** Settings with every default, for tools and tests that run without Spring. */
    static RulesSettings defaults() {
        return new RulesSettings(null, null, 0, 0, 0, null, null, null, 0, null);
    }

}
