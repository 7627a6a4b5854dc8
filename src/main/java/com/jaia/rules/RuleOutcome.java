package com.jaia.rules;

/**
 * What one rule did in a run.
 *
 * @param ruleId the rule
 * @param status {@code ran}, {@code non_discriminating} (ran, but hit so many journals that it describes the ledger:
 *        weight 0 for the run), {@code not_applicable} or {@code disabled}
 * @param hits lines flagged (0 unless it ran)
 * @param millis time the rule took
 * @param reason why it did not run or does not count (e.g. the missing fields or its hit rate), or why it weighs more
 *        than its catalogue score in this run
 * @param journalShare the share of the run's journals it hit
 */
public record RuleOutcome(String ruleId, String status, long hits, long millis, String reason, double journalShare) {

    RuleOutcome(String ruleId, String status, long hits, long millis, String reason) {
        this(ruleId, status, hits, millis, reason, 0);
    }

    static RuleOutcome skipped(String ruleId, String status, String reason) {
        return new RuleOutcome(ruleId, status, 0, 0, reason);
    }

    RuleOutcome withShare(double share) {
        return new RuleOutcome(ruleId, status, hits, millis, reason, share);
    }

    RuleOutcome withReason(String why) {
        return new RuleOutcome(ruleId, status, hits, millis, why, journalShare);
    }

    RuleOutcome nonDiscriminating(String why) {
        return new RuleOutcome(ruleId, "non_discriminating", hits, millis, why, journalShare);
    }

}
