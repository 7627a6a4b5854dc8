package com.jaia.rules;

import java.util.List;
import java.util.Locale;

/**
 * Detection quality against injected labels: recall per pattern and overall (labelled journals scored high or
 * critical), the false-positive share (clean journals scored high or critical), the ROC AUC of the journal risk score,
 * each rule's hit rate, and the labelled journals that were never loaded (left out of every figure).
 *
 * @param patterns one row per injected pattern present in the labels and loaded
 * @param labelledJournals distinct labelled journals that were loaded and scored
 * @param detectedJournals of them, scored high or critical
 * @param cleanJournals scored journals without a label
 * @param falsePositives of them, scored high or critical
 * @param auc ROC AUC of the journal risk score, labelled against clean (NaN when either is empty)
 * @param unloadedJournals labels whose journal is not among the scored journals
 * @param unloadedExamples up to five of them, as business unit/fiscal year/journal id
 * @param rules each rule's hits on the evaluated journals, most first
 */
public record EvaluationReport(List<PatternRecall> patterns, long labelledJournals, long detectedJournals,
        long cleanJournals, long falsePositives, double auc, long unloadedJournals, List<String> unloadedExamples,
        List<RuleHits> rules) {

    /** Recall and ROC AUC (against all clean journals) of one pattern. */
    public record PatternRecall(String pattern, long labelled, long detected, double auc) {

        double recall() {
            return labelled == 0 ? 0 : (double) detected / labelled;
        }

    }

    /**
     * The journals a rule hit, with its status in the latest run ({@code ran}, {@code not_applicable},
     * {@code non_discriminating} ...; null when the run recorded none).
     */
    public record RuleHits(String ruleId, String status, long journals, long labelled, long labelledTotal,
            long cleanTotal) {

        double hitRate() {
            long total = labelledTotal + cleanTotal;
            return total == 0 ? 0 : (double) journals / total;
        }

        double labelledRate() {
            return labelledTotal == 0 ? 0 : (double) labelled / labelledTotal;
        }

        double cleanRate() {
            return cleanTotal == 0 ? 0 : (double) (journals - labelled) / cleanTotal;
        }

    }

    public double recall() {
        return labelledJournals == 0 ? 0 : (double) detectedJournals / labelledJournals;
    }

    public double falsePositiveRate() {
        return cleanJournals == 0 ? 0 : (double) falsePositives / cleanJournals;
    }

    String format() {
        StringBuilder out = new StringBuilder();
        if (unloadedJournals > 0) {
            out.append(String.format(Locale.ROOT, "warning: %d labelled journals were never loaded (e.g. %s); they are "
                    + "left out of every figure below. Import the ledger the labels belong to.%n", unloadedJournals,
                    String.join(", ", unloadedExamples)));
        }
        out.append(String.format(Locale.ROOT, "%-26s %9s %9s %8s %9s %8s%n", "pattern", "journals", "high+crit",
                "recall", "clean FP", "ROC AUC"));
        for (PatternRecall p : patterns) {
            out.append(String.format(Locale.ROOT, "%-26s %9d %9d %7.1f%% %9s %8s%n", p.pattern(), p.labelled(),
                    p.detected(), 100 * p.recall(), "", auc(p.auc())));
        }
        out.append(String.format(Locale.ROOT, "%-26s %9d %9d %7.1f%% %8.2f%% %8s   (targets: recall >= 98%%, "
                + "clean FP <= 3%%, AUC >= 0.95)%n", "overall (labelled)", labelledJournals, detectedJournals,
                100 * recall(), 100 * falsePositiveRate(), auc(auc)));
        out.append(String.format(Locale.ROOT, "%-26s %9d %9d%n", "clean journals", cleanJournals, falsePositives));
        if (!rules.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n%-30s %-20s %9s %9s %10s %9s%n", "rule", "status", "journals",
                    "hit rate", "labelled", "clean"));
            long silent = 0;
            for (RuleHits r : rules) {
                if (r.journals() == 0 && "ran".equals(r.status())) {
                    silent++;
                    continue;
                }
                out.append(String.format(Locale.ROOT, "%-30s %-20s %9d %8.2f%% %9.1f%% %8.2f%%%n", r.ruleId(),
                        r.status() == null ? "" : r.status(), r.journals(), 100 * r.hitRate(), 100 * r.labelledRate(),
                        100 * r.cleanRate()));
            }
            if (silent > 0) {
                out.append(String.format(Locale.ROOT, "(%d more rules ran and hit no evaluated journal)%n", silent));
            }
        }
        return out.toString();
    }

    private static String auc(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

}
