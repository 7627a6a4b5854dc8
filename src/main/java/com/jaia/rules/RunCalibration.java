package com.jaia.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a rules run calibrated itself on the ledger, for the import summary: the rules the self-calibration guard found
 * non-discriminating, those {@code jaia.rules.always-weighted} kept weighted anyway, and the cap on flagged journals.
 *
 * @param runId the rules run
 * @param maxHitShare the guard's limit ({@code jaia.rules.max-hit-share}); null for runs recorded before it was kept
 * @param nonDiscriminating rules that hit more than the limit of the run's journals (weight 0), most hit first
 * @param keptWeighted rules above the limit that {@code jaia.rules.always-weighted} kept weighted
 * @param maxFlaggedShare at most this share of each ledger's journals stays high or critical
 * @param journalsCapped journals the cap moved down to medium
 */
public record RunCalibration(long runId, Double maxHitShare, List<RuleShare> nonDiscriminating,
        List<RuleShare> keptWeighted, Double maxFlaggedShare, long journalsCapped) {

    /**
     * A rule with the share of the run's journals it hit.
     *
     * @param ruleId the rule
     * @param journalShare the share of the run's journals it hit
     */
    public record RuleShare(String ruleId, double journalShare) {
    }

    /** The calibration as lines of the import summary. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        String limit = maxHitShare == null ? "the limit" : String.format(Locale.ROOT, "%.0f%%", 100 * maxHitShare);
        lines.add(nonDiscriminating.isEmpty()
                ? "non-discriminating rules: none (no rule hit more than " + limit + " of journals)"
                : "non-discriminating rules (hit more than " + limit + " of journals, weight 0): " + shares(nonDiscriminating));
        if (!keptWeighted.isEmpty()) {
            lines.add("  kept weighted by jaia.rules.always-weighted: " + shares(keptWeighted));
        }
        lines.add(String.format(Locale.ROOT, "risk cap: at most %s of each ledger's journals high or critical; %d "
                + "journal%s moved down to medium", maxFlaggedShare == null ? "the configured share"
                        : String.format(Locale.ROOT, "%.0f%%", 100 * maxFlaggedShare), journalsCapped,
                journalsCapped == 1 ? "" : "s"));
        return lines;
    }

    private static String shares(List<RuleShare> rules) {
        return rules.stream().map(r -> String.format(Locale.ROOT, "%s %.1f%%", r.ruleId(), 100 * r.journalShare()))
            .collect(Collectors.joining(", "));
    }

}
