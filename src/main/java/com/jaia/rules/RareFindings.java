package com.jaia.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Weighs a rule's finding by how rare it is in the ledger at hand: a rule with a {@link Rule.Rarity} in the catalogue
 * (a weekend or holiday date, an amount above materiality) weighs more in a ledger where its finding is rare than in one
 * where it is common. Runs after the self-calibration guard, on rules that still count; ledgers under
 * {@link HitShareGuard#MIN_JOURNALS} journals are too small to judge a share on and keep the catalogue scores.
 */
final class RareFindings {

    private RareFindings() {
    }

    /** Each outcome, with the reason saying so where a rule weighs more than its catalogue score in this run. */
    static List<RuleOutcome> apply(Connection duckDb, RuleCatalogue catalogue, List<RuleOutcome> outcomes,
            long journals) throws SQLException {
        List<RuleOutcome> weighed = new ArrayList<>();
        try (PreparedStatement update = duckDb.prepareStatement(
                "UPDATE run_violations SET score = ? WHERE rule_id = ? AND score > 0")) {
            for (RuleOutcome outcome : outcomes) {
                Rule rule = catalogue.rule(outcome.ruleId()).orElse(null);
                if (rule == null || rule.rare() == null || !outcome.status().equals("ran") || outcome.hits() == 0
                        || journals < HitShareGuard.MIN_JOURNALS) {
                    weighed.add(outcome);
                    continue;
                }
                double weight = Math.round(rule.rare().weight(rule.score(), outcome.journalShare()) * 10) / 10.0;
                if (weight <= rule.score()) {
                    weighed.add(outcome);
                    continue;
                }
                update.setDouble(1, weight);
                update.setString(2, rule.id());
                update.executeUpdate();
                weighed.add(outcome.withReason((outcome.reason() == null ? "" : outcome.reason() + "; ")
                        + String.format(Locale.ROOT,
                        "weighs %s instead of %s: it hit %.2f%% of journals, rare in this ledger (at most %.1f%% "
                                + "weighs %s)",
                        plain(weight), plain(rule.score()), 100 * outcome.journalShare(), 100 * rule.rare().share(),
                        plain(rule.rare().score()))));
            }
        }
        return weighed;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

}
