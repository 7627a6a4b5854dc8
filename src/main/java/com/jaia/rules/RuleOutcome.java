package com.jaia.rules;

/**
 * What one rule did in a run.
 *
 * @param ruleId the rule
 * @param status {@code ran}, {@code not_applicable} or {@code disabled}
 * @param hits lines flagged (0 unless it ran)
 * @param millis time the rule took
 * @param reason why it did not run, e.g. the missing fields
 */
public record RuleOutcome(String ruleId, String status, long hits, long millis, String reason) {

    static RuleOutcome skipped(String ruleId, String status, String reason) {
        return new RuleOutcome(ruleId, status, 0, 0, reason);
    }

}
