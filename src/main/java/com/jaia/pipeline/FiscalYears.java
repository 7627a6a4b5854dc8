package com.jaia.pipeline;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The fiscal years a run of the rules and aggregates covers: the listed ones, or every year in the ledger. An import
 * names the years it loaded ({@link ImportContext#FISCAL_YEARS}); the {@code refreshJob} is given them as its
 * {@value #PARAMETER} parameter.
 *
 * @param years the listed years, ascending (empty when {@code all} or when nothing is to be refreshed)
 * @param all whether every fiscal year is covered
 */
public record FiscalYears(SortedSet<Integer> years, boolean all) {

    /** The refresh job's parameter: {@code "2024,2025"} or {@code "all"} (the default). */
    public static final String PARAMETER = "fiscalYears";

    public FiscalYears {
        years = new TreeSet<>(years);
    }

    public static FiscalYears allYears() {
        return new FiscalYears(new TreeSet<>(), true);
    }

    public static FiscalYears of(Integer... years) {
        return new FiscalYears(new TreeSet<>(List.of(years)), false);
    }

    /**
     * Reads {@code "2024,2025"}, {@code "all"} or an empty text (nothing to refresh).
     * @throws IllegalArgumentException naming the value when a year is not a number
     */
    public static FiscalYears parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.equalsIgnoreCase("all")) {
            return allYears();
        }
        SortedSet<Integer> years = new TreeSet<>();
        for (String part : trimmed.split(",")) {
            if (!part.isBlank()) {
                try {
                    years.add(Integer.valueOf(part.trim()));
                }
                catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "fiscal years must be 'all' or comma-separated years, not '" + text + "'", e);
                }
            }
        }
        return new FiscalYears(years, false);
    }

    /**
     * The years a job asks for: those its import loaded when it imported a file, else its {@value #PARAMETER}
     * parameter ({@code "all"} when absent).
     */
    public static FiscalYears requestedBy(JobExecution job) {
        if (job.getExecutionContext().containsKey(ImportContext.FISCAL_YEARS)) {
            return parse(job.getExecutionContext().getString(ImportContext.FISCAL_YEARS));
        }
        return parse(job.getJobParameters().getString(PARAMETER, "all"));
    }

    /**
     * The parameters of a {@code refreshJob} over these years; {@code trigger} (not identifying) says who asked, and
     * the request time makes every request a new job instance.
     */
    public JobParameters refreshParameters(String trigger) {
        JobParametersBuilder builder = new JobParametersBuilder().addString(PARAMETER, toString())
            .addLong("requested.at", System.currentTimeMillis());
        if (trigger != null) {
            builder.addString("trigger", trigger, false);
        }
        return builder.toJobParameters();
    }

    @Override
    public String toString() {
        return all ? "all" : years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

}
