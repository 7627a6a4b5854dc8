package com.jaia.intake;

import com.jaia.ExitCodes;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.jaia.loading.ImportLedgerEntry;
import com.jaia.pipeline.PlainExitDescriptions;
import com.jaia.validation.ValidatedFile;
import com.jaia.validation.ValidationCounts;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What an operator reads after an import: the execution, how the rows reconcile, why rows were rejected, and speed.
 */
public record ImportSummary(long jobExecutionId, String status, String exitCode, String exitDescription,
        Optional<ImportLedgerEntry> entry, Map<String, Long> rejectsByReason, String format, String encoding,
        String ignoredColumns, Duration elapsed, Map<String, Duration> stepTimes, Optional<ImportFindings> findings,
        String serverAddress) {

    public static ImportSummary of(JobExecution execution, Optional<ImportLedgerEntry> entry,
            Map<String, Long> rejectsByReason, Optional<ImportFindings> findings, String serverAddress) {
        LocalDateTime start = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
        LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now();
        ValidatedFile file = ValidatedFile.from(execution.getExecutionContext());
        return new ImportSummary(execution.getId(), execution.getStatus().name(),
                execution.getExitStatus().getExitCode(), execution.getExitStatus().getExitDescription(), entry, rejectsByReason,
                Objects.requireNonNullElse(file.format(), "?"), Objects.requireNonNullElse(file.encoding(), "?"),
                file.ignoredColumns(), Duration.between(start, end),
                stepTimes(execution), findings, serverAddress);
    }

    /** 0 completed, 5 completed without loading a row (every row rejected), 1 failed or stopped. */
    public static int exitCode(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return ExitCodes.FAILED;
        }
        return PlainExitDescriptions.NOTHING_LOADED.equals(execution.getExitStatus().getExitCode())
                ? ExitCodes.NOTHING_LOADED : ExitCodes.DONE;
    }

    /** How long each step of the job took, in the order they ran (partition workers left out). */
    private static Map<String, Duration> stepTimes(JobExecution execution) {
        Map<String, Duration> times = new LinkedHashMap<>();
        execution.getStepExecutions().stream()
            .filter(step -> !step.getStepName().contains(":") && step.getStartTime() != null)
            .sorted(Comparator.comparing(StepExecution::getStartTime))
            .forEach(step -> times.put(step.getStepName(), Duration.between(step.getStartTime(),
                    step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now())));
        return times;
    }

    /** The summary as printed by the {@code import} command. */
    public String render() {
        StringBuilder out = new StringBuilder();
        double seconds = elapsed.toMillis() / 1000.0;
        out.append("job execution: ").append(jobExecutionId).append('\n');
        out.append("status: ").append(status).append(nothingLoaded() ? " (" + exitCode + ")" : "").append('\n');
        entry.ifPresent(e -> {
            out.append("import: #").append(e.importId()).append(" (").append(e.fileName()).append(", ")
                .append(format).append(", ").append(encoding).append(")\n");
            out.append("rows read: ").append(e.rowsRead()).append('\n');
            out.append("rows loaded: ").append(e.rowsLoaded()).append('\n');
            out.append("rows rejected: ").append(e.rowsRejected()).append('\n');
            rejectsByReason.forEach((reason, count) -> out.append("  ").append(reason).append(": ").append(count)
                .append('\n'));
            out.append("journals loaded: ").append(e.journalsLoaded()).append('\n');
            out.append("journals rejected: ").append(e.journalsRejected()).append('\n');
            out.append("debit total: ").append(e.debitTotal().toPlainString()).append('\n');
            out.append("credit total: ").append(e.creditTotal().toPlainString()).append('\n');
            if (e.amountsNormalised() != null && e.amountsNormalised() > 0) {
                out.append("amounts normalised: ").append(ValidationCounts.normalisation(e.amountsNormalised()))
                    .append('\n');
            }
            out.append("fiscal years: ").append(e.fiscalYears()).append('\n');
            if (e.unknownAccounts() > 0) {
                out.append("lines with accounts missing from the chart of accounts: ").append(e.unknownAccounts())
                    .append('\n');
            }
            out.append(String.format("rows/s: %.0f%n", seconds > 0 ? e.rowsRead() / seconds : 0.0));
        });
        if (!ignoredColumns.isBlank()) {
            out.append("ignored columns: ").append(ignoredColumns).append('\n');
        }
        if (exitDescription != null && !exitDescription.isBlank()
                && (!"COMPLETED".equals(status) || nothingLoaded())) {
            out.append("reason: ").append(firstLines(exitDescription)).append('\n');
        }
        stepTimes.forEach((step, time) -> out.append(String.format("step %s: %.2f s%n", step,
                time.toMillis() / 1000.0)));
        out.append(String.format("elapsed: %.2f s%n", seconds));
        if (!nothingLoaded()) {
            findings.ifPresent(found -> found.render(out));
        }
        nextSteps(out);
        return out.toString();
    }

    /** What to do now, as commands and addresses. */
    private void nextSteps(StringBuilder out) {
        out.append("next:\n");
        if (!"COMPLETED".equals(status)) {
            out.append("  fix what the reason says and run the same import again: a failed import restarts where it"
                    + " stopped\n");
            return;
        }
        if (nothingLoaded()) {
            out.append("  see why each row was rejected: GET ").append(serverAddress).append("/api/v1/jobs/")
                .append(jobExecutionId).append("/rejects (server: java -jar jaia.jar)\n");
            return;
        }
        String years = entry.map(ImportLedgerEntry::fiscalYears).filter(y -> y != null && !y.isBlank()).orElse("");
        String year = years.contains(",") ? years.substring(years.lastIndexOf(',') + 1) : years;
        out.append("  start the server: java -jar jaia.jar   (then ").append(serverAddress).append(")\n");
        out.append("  riskiest journals: GET ").append(serverAddress).append("/api/v1/aggregates/agg_high_risk")
            .append(year.isBlank() ? "" : "?fiscalYear=" + year).append('\n');
        out.append("  one journal's evidence: GET ").append(serverAddress).append("/api/v1/journals/{journalId}\n");
        out.append("  with labelled anomalies: java -jar jaia.jar evaluate --labels=LABELS.csv\n");
    }

    private boolean nothingLoaded() {
        return PlainExitDescriptions.NOTHING_LOADED.equals(exitCode);
    }

    private static String firstLines(String text) {
        return text.lines().limit(3).reduce((a, b) -> a + "\n" + b).orElse(text);
    }

}
