package com.jaia.rules;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The result of one rules run over some fiscal years.
 *
 * @param runId the run, as recorded in {@code rule_runs} and on every result row
 * @param fiscalYears the fiscal years whose results were replaced
 * @param outcomes each rule's status and hits
 * @param violations rule hits written
 * @param linesScored risk score rows written
 * @param mlStatus whether ML scores were included, and why not
 * @param elapsed wall time of the run
 * @param profile what the ledger said about its conventions
 * @param calibration the cap on high and critical journals and what it did
 */
public record AuditRunSummary(long runId, List<Integer> fiscalYears, List<RuleOutcome> outcomes, long violations,
        long linesScored, String mlStatus, Duration elapsed, LedgerProfile profile, Calibration calibration) {

    /**
     * The cap on flagged journals.
     *
     * @param maxFlaggedShare at most this share of a ledger's journals is high or critical
     * @param journalsCapped journals whose score made them high or critical but which the cap moved down to medium
     */
    public record Calibration(double maxFlaggedShare, long journalsCapped) {
    }

    long count(String status) {
        return outcomes.stream().filter(outcome -> outcome.status().equals(status)).count();
    }

    /** The calibration in a few words, for the job's exit description. */
    String findings() {
        String guarded = outcomes.stream().filter(o -> o.status().equals("non_discriminating"))
            .map(o -> String.format(Locale.ROOT, "%s %.1f%%", o.ruleId(), 100 * o.journalShare()))
            .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "ledger %s, fiscal year from month %d named by its %s year, periods as %s, "
                + "holiday calendar %s; non-discriminating rules: %s; cap %.0f%% moved %d journals down to medium",
                profile.currency().isBlank() ? "without currency" : profile.currency(),
                profile.fiscalYearStartMonth(), profile.fiscalYearNaming().equals("end_year") ? "end" : "start",
                profile.periodNumbering().replace('_', ' '), profile.holidayCalendar(),
                guarded.isEmpty() ? "none" : guarded, 100 * calibration.maxFlaggedShare(),
                calibration.journalsCapped());
    }

    @Override
    public String toString() {
        String guarded = outcomes.stream().filter(o -> o.status().equals("non_discriminating"))
            .map(o -> String.format(Locale.ROOT, "%s %.1f%%", o.ruleId(), 100 * o.journalShare()))
            .collect(Collectors.joining(", "));
        return "rules run " + runId + " over fiscal years " + fiscalYears + ": " + count("ran") + " rules ran, "
                + count("non_discriminating") + " non-discriminating" + (guarded.isEmpty() ? "" : " (" + guarded + ")")
                + ", " + count("not_applicable") + " not applicable, " + count("disabled") + " disabled; " + violations
                + " violations, " + linesScored + " lines scored; " + String.format(Locale.ROOT,
                        "cap %.0f%% of journals high or critical moved %d journals down to medium", 100
                                * calibration.maxFlaggedShare(), calibration.journalsCapped())
                + "; ML " + mlStatus + "; " + elapsed.toMillis() + " ms; " + profile.describe();
    }

}
