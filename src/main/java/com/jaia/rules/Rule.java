package com.jaia.rules;

import java.util.List;
import java.util.Map;

/**
 * One catalogue entry: an audit rule, its thresholds (after configuration overrides) and the fields it needs.
 *
 * @param id stable id, also the SQL file name
 * @param nameJa Japanese name
 * @param nameEn English name
 * @param category amount, time, account, approval, description, trend, benford or ml
 * @param severity critical, high, medium, low or info
 * @param score the rule's contribution to a line's risk, 0..100
 * @param thresholds threshold name to value, substituted into the SQL as {@code ${name}}
 * @param requires journal fields ({@code entry_time}), master columns ({@code users.approval_limit}) or tables
 *        ({@code ml_scores}) that must hold data for the rule to apply
 * @param enabled whether the rule runs
 * @param description what it detects and why it matters
 * @param rare how much more the rule weighs in a ledger where what it tests is rare, or null when it weighs the same in
 *        every ledger
 */
public record Rule(String id, String nameJa, String nameEn, String category, String severity, double score,
        Map<String, Object> thresholds, List<String> requires, boolean enabled, String description, Rarity rare) {

    /** A rule that weighs the same in every ledger. */
    public Rule(String id, String nameJa, String nameEn, String category, String severity, double score,
            Map<String, Object> thresholds, List<String> requires, boolean enabled, String description) {
        this(id, nameJa, nameEn, category, severity, score, thresholds, requires, enabled, description, null);
    }

    /**
     * The weight of a rule whose evidence depends on the ledger's own base rate: a weekend date in a ledger that almost
     * never posts on weekends says more than in one that often does. The rule weighs {@code score} when it hits at most
     * {@code share} of the run's journals, its catalogue score from twice that share on, and in between falls
     * log-linearly.
     *
     * @param score the weight when the rule's finding is rare in the ledger
     * @param share the share of journals at or below which the finding counts as rare
     */
    public record Rarity(double score, double share) {

        /** The rule's weight in a ledger where it hits {@code hitShare} of the journals. */
        double weight(double base, double hitShare) {
            if (hitShare <= share) {
                return score;
            }
            if (hitShare >= 2 * share) {
                return base;
            }
            double toBase = Math.log(hitShare / share) / Math.log(2);
            return score + (base - score) * toBase;
        }

    }

    /** The path of the rule's SQL under the rules directory. */
    String sqlPath() {
        return category + "/" + id + ".sql";
    }

}
