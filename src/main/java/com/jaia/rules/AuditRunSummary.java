package com.jaia.rules;

import java.time.Duration;
import java.util.List;

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
 */
public record AuditRunSummary(long runId, List<Integer> fiscalYears, List<RuleOutcome> outcomes, long violations,
        long linesScored, String mlStatus, Duration elapsed) {

    long count(String status) {
        return outcomes.stream().filter(outcome -> outcome.status().equals(status)).count();
    }

    @Override
    public String toString() {
        return "rules run " + runId + " over fiscal years " + fiscalYears + ": " + count("ran") + " rules ran, "
                + count("not_applicable") + " not applicable, " + count("disabled") + " disabled; " + violations
                + " violations, " + linesScored + " lines scored; ML " + mlStatus + "; " + elapsed.toMillis() + " ms";
    }

}
