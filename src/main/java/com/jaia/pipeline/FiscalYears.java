package com.jaia.pipeline;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The scope a run of ML scoring, the rules and the aggregates covers: the listed fiscal years (or every year in the
 * store), of the listed business units (or of every one). The ledgers re-scored are those (business unit, fiscal year)
 * pairs of the scope that hold lines. An import names the years and business units it loaded
 * ({@link ImportContext#FISCAL_YEARS}, {@link ImportContext#BUSINESS_UNITS}), so it re-scores only its own ledgers; the
 * {@code refreshJob} is given them as its {@value #PARAMETER} and {@value #BUSINESS_UNITS} parameters.
 *
 * @param years the listed years, ascending (empty when {@code all} or when nothing is to be refreshed)
 * @param all whether every fiscal year is covered
 * @param businessUnits the business unit codes covered, ascending; empty for every business unit
 */
public record FiscalYears(SortedSet<Integer> years, boolean all, SortedSet<String> businessUnits) {

    /** The refresh job's parameter: {@code "2024,2025"} or {@code "all"} (the default). */
    public static final String PARAMETER = "fiscalYears";

    /** The refresh job's business unit filter: {@code "BU1,BU2"}; absent or empty for every business unit. */
    public static final String BUSINESS_UNITS = "businessUnits";

    public FiscalYears {
        years = new TreeSet<>(years);
        businessUnits = businessUnits == null ? new TreeSet<>() : new TreeSet<>(businessUnits);
    }

    /** These years of every business unit. */
    public FiscalYears(SortedSet<Integer> years, boolean all) {
        this(years, all, new TreeSet<>());
    }

    /** The same years of the business units listed in {@code units} ({@code "BU1,BU2"}; blank: every unit). */
    public FiscalYears ofBusinessUnits(String units) {
        SortedSet<String> codes = new TreeSet<>();
        if (units != null) {
            for (String part : units.split(",")) {
                if (!part.isBlank()) {
                    codes.add(part.strip());
                }
            }
        }
        return new FiscalYears(years, all, codes);
    }

    /** Whether every business unit is covered. */
    public boolean allBusinessUnits() {
        return businessUnits.isEmpty();
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
     * The scope a job asks for: the years and business units its import loaded when it imported a file, else its
     * {@value #PARAMETER} parameter ({@code "all"} when absent) and {@value #BUSINESS_UNITS} parameter (every unit when
     * absent).
     */
    public static FiscalYears requestedBy(JobExecution job) {
        if (job.getExecutionContext().containsKey(ImportContext.FISCAL_YEARS)) {
            return parse(job.getExecutionContext().getString(ImportContext.FISCAL_YEARS))
                .ofBusinessUnits(job.getExecutionContext().getString(ImportContext.BUSINESS_UNITS, ""));
        }
        return parse(job.getJobParameters().getString(PARAMETER, "all"))
            .ofBusinessUnits(job.getJobParameters().getString(BUSINESS_UNITS, ""));
    }

    /**
     * The parameters of a {@code refreshJob} over this scope; {@code trigger} (not identifying) says who asked, and
     * the request time makes every request a new job instance.
     */
    public JobParameters refreshParameters(String trigger) {
        JobParametersBuilder builder = new JobParametersBuilder().addString(PARAMETER, toString())
            .addLong("requested.at", System.currentTimeMillis());
        if (!businessUnits.isEmpty()) {
            builder.addString(BUSINESS_UNITS, String.join(",", businessUnits));
        }
        if (trigger != null) {
            builder.addString("trigger", trigger, false);
        }
        return builder.toJobParameters();
    }

    /** The scope in words: {@code "fiscal years 2024 of business units BU1"}. */
    public String describe() {
        return "fiscal years " + this + (businessUnits.isEmpty() ? "" : " of business units "
                + String.join(",", businessUnits));
    }

    /** The years as the {@value #PARAMETER} parameter writes them. */
    @Override
    public String toString() {
        return all ? "all" : years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

}
