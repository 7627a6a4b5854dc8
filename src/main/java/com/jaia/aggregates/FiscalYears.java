package com.jaia.aggregates;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The fiscal years a refresh covers: the listed ones, or every year in the ledger.
 *
 * @param years the listed years, ascending (empty when {@code all} or when nothing is to be refreshed)
 * @param all whether every fiscal year is refreshed
 */
record FiscalYears(SortedSet<Integer> years, boolean all) {

    FiscalYears {
        years = new TreeSet<>(years);
    }

    static FiscalYears allYears() {
        return new FiscalYears(new TreeSet<>(), true);
    }

    static FiscalYears of(Integer... years) {
        return new FiscalYears(new TreeSet<>(List.of(years)), false);
    }

    /**
     * Reads {@code "2024,2025"}, {@code "all"} or an empty text (nothing to refresh).
     * @throws IllegalArgumentException naming the value when a year is not a number
     */
    static FiscalYears parse(String text) {
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

    @Override
    public String toString() {
        return all ? "all" : years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

}
