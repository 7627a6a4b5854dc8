package com.jaia.intake;

import java.util.List;
import java.util.Map;

import com.jaia.rules.RecordedLedgerProfile;
import com.jaia.rules.RunCalibration;

/**
 * What an import found, for its summary: the journals by risk band, the rules hit most, and what became of the LLM
 * reviews.
 *
 * @param journalsByBand journals per journal risk band, riskiest band first
 * @param topRules the rules with the most hits on the import's lines
 * @param reviews reviews per status ({@code reviewed}, {@code deferred}, {@code skipped}) with the most frequent reason
 * @param profile the ledger profile the rules inferred for the import, or null when the rules did not run for it
 * @param calibration the non-discriminating rules and the cap on flagged journals, or null when the rules did not run
 */
public record ImportFindings(Map<String, Long> journalsByBand, List<RuleHits> topRules, Map<String, Reviews> reviews,
        RecordedLedgerProfile profile, RunCalibration calibration) {

    /** The bands in the order a person reads them. */
    static final List<String> BANDS = List.of("critical", "high", "medium", "low", "minimal", "unscored");

    /**
     * One rule's hits.
     *
     * @param ruleId the rule
     * @param hits its violations on the import's lines
     * @param journals the journals it hit
     */
    public record RuleHits(String ruleId, long hits, long journals) {
    }

    /**
     * Reviews of one status.
     *
     * @param journals how many journals
     * @param reason the most frequent skip or deferral reason, or null
     */
    public record Reviews(long journals, String reason) {
    }

    long journals() {
        return journalsByBand.values().stream().mapToLong(Long::longValue).sum();
    }

    long reviews(String status) {
        Reviews found = reviews.get(status);
        return found == null ? 0 : found.journals();
    }

    /** The "found" lines of the summary. */
    void render(StringBuilder out) {
        if (profile != null) {
            profile.describe().forEach(line -> out.append(line).append('\n'));
        }
        if (calibration != null) {
            calibration.describe().forEach(line -> out.append(line).append('\n'));
        }
        out.append("found: ").append(journals()).append(" journals by risk band:");
        BANDS.stream().filter(journalsByBand::containsKey)
            .forEach(band -> out.append(' ').append(band).append(' ').append(journalsByBand.get(band)));
        out.append('\n');
        if (topRules.isEmpty()) {
            out.append("top rules: no rule hit this import's lines\n");
        }
        else {
            out.append("top rules by hits:\n");
            topRules.forEach(rule -> out.append(String.format("  %-28s %d hits in %d journals%n", rule.ruleId(),
                    rule.hits(), rule.journals())));
        }
        out.append("reviews: ").append(reviews("reviewed")).append(" done, ").append(reviews("deferred"))
            .append(" deferred, ").append(reviews("skipped")).append(" skipped");
        for (String status : List.of("deferred", "skipped")) {
            Reviews found = reviews.get(status);
            if (found != null && found.reason() != null && !found.reason().isBlank()) {
                out.append(" (").append(status).append(": ").append(found.reason()).append(')');
            }
        }
        out.append('\n');
    }

}
