package com.jaia.rules;

import java.util.List;
import java.util.Locale;

/**
 * Detection quality against injected labels: recall per pattern and overall (labelled journals scored high or
 * critical) and the false-positive rate (clean journals scored high or critical).
 *
 * @param patterns one row per injected pattern
 * @param labelledJournals distinct labelled journals
 * @param detectedJournals of them, scored high or critical
 * @param cleanJournals journals without a label
 * @param falsePositives of them, scored high or critical
 */
public record EvaluationReport(List<PatternRecall> patterns, long labelledJournals, long detectedJournals,
        long cleanJournals, long falsePositives) {

    /** Recall of one pattern. */
    public record PatternRecall(String pattern, long labelled, long detected) {

        double recall() {
            return labelled == 0 ? 0 : (double) detected / labelled;
        }

    }

    public double recall() {
        return labelledJournals == 0 ? 0 : (double) detectedJournals / labelledJournals;
    }

    public double falsePositiveRate() {
        return cleanJournals == 0 ? 0 : (double) falsePositives / cleanJournals;
    }

    String format() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-26s %9s %9s %8s%n", "pattern", "labelled",
                "detected", "recall"));
        for (PatternRecall p : patterns) {
            out.append(String.format(Locale.ROOT, "%-26s %9d %9d %7.1f%%%n", p.pattern(), p.labelled(), p.detected(),
                    100 * p.recall()));
        }
        out.append(String.format(Locale.ROOT, "%-26s %9d %9d %7.1f%%   (target >= 98%%)%n", "overall",
                labelledJournals, detectedJournals, 100 * recall()));
        out.append(String.format(Locale.ROOT, "%-26s %9d %9d %7.1f%%   (target <= 3%%)%n", "false positives (clean)",
                cleanJournals, falsePositives, 100 * falsePositiveRate()));
        return out.toString();
    }

}
