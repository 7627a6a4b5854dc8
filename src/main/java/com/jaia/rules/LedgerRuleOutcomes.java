package com.jaia.rules;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One ledger (business unit and fiscal year) as the latest rules run over its fiscal year left it: each rule's
 * outcome and hits on the ledger, and the cap on flagged journals.
 *
 * @param businessUnit the business unit
 * @param fiscalYear the fiscal year
 * @param runId the rules run
 * @param finishedAt when that run finished
 * @param journals the ledger's journals
 * @param maxHitShare the self-calibration limit the run used ({@code jaia.rules.max-hit-share}); null for runs recorded
 *        before it was kept
 * @param runJournals the journals of the whole run (all its ledgers), over which the limit is judged
 * @param riskCap the cap on high and critical journals and what it did to this ledger
 * @param rules each rule's outcome, by rule id
 */
public record LedgerRuleOutcomes(String businessUnit, int fiscalYear, long runId, LocalDateTime finishedAt,
        long journals, Double maxHitShare, long runJournals, RiskCap riskCap, List<RuleResult> rules) {

    /**
     * The cap on flagged journals ({@code jaia.risk.max-flagged-share}) on this ledger.
     *
     * @param maxFlaggedShare at most this share of the ledger's journals stays high or critical
     * @param journalsFlagged journals high or critical after the cap
     * @param journalsCapped journals whose score made them high or critical that the cap moved down to medium
     */
    public record RiskCap(Double maxFlaggedShare, long journalsFlagged, long journalsCapped) {
    }

    /**
     * One rule's outcome.
     *
     * @param ruleId the rule
     * @param status {@code weighted} (ran and counts), {@code non_discriminating} (hit more than the limit of the
     *        run's journals: weight 0 for the run), {@code not_applicable} (its inputs are absent) or {@code disabled}
     * @param reason why not applicable or non-discriminating, or why it stayed weighted above the limit; null otherwise
     * @param hits lines of this ledger it flagged
     * @param journalsHit journals of this ledger it flagged
     * @param journalShare the share of this ledger's journals it flagged
     * @param runJournalShare the share of the run's journals it flagged, which the self-calibration guard judges
     * @param alwaysWeighted whether {@code jaia.rules.always-weighted} named it in the run
     * @param overridden whether that setting kept it weighted although it hit more than the limit
     */
    public record RuleResult(String ruleId, String status, String reason, long hits, long journalsHit,
            double journalShare, double runJournalShare, boolean alwaysWeighted, boolean overridden) {
    }

}
