package com.jaia.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a ledger says about its own conventions, inferred from its lines before the rules run: how its fiscal years are
 * named and its periods numbered, the scale of its amounts, which columns it fills and which holiday calendar applies.
 * The rules read these facts instead of assuming one company's conventions.
 *
 * @param lines lines of the fiscal years profiled
 * @param journals journals among them
 * @param fiscalYearStartMonth the first month of the fiscal year that fits the lines best (1..12)
 * @param fiscalYearNaming {@code start_year} (FY2024 begins in 2024) or {@code end_year} (FY2024 ends in 2024)
 * @param fiscalYearShare the share of lines whose effective date falls in the fiscal year their label names
 * @param periodNumbering {@code fiscal_period} (1 = first month of the fiscal year) or {@code calendar_month}
 * @param periodShare the share of lines in periods 1..12 numbered that way
 * @param conventionsConfirmed whether both shares reach 99%; otherwise the best fit is used and the profile says so
 * @param currency the ledger's most frequent currency code
 * @param minorUnits decimals the amounts carry (0 for yen)
 * @param amountPercentiles line amounts at the 50th, 90th, 99th and 99.9th percentiles
 * @param materiality the amount at or above which a single line is material
 * @param materialitySource where the materiality comes from (configuration, currency default or the ledger)
 * @param magnitude the power of ten of a typical line amount; round-number and just-below tests scale with it
 * @param populated for each optional column, the share of lines that fill it
 * @param lastModifiedTracksChanges false when {@code last_modified_date} is one export stamp after every approval
 * @param holidayCalendar the holiday calendar the holiday rules use ({@code JP}, {@code US}, {@code GB}, {@code EU}) or
 *        {@code none} (weekend rules only)
 * @param holidayCalendarSource why that calendar (configuration, currency, or none known)
 */
public record LedgerProfile(long lines, long journals, int fiscalYearStartMonth, String fiscalYearNaming,
        double fiscalYearShare, String periodNumbering, double periodShare, boolean conventionsConfirmed,
        String currency, int minorUnits, Map<String, BigDecimal> amountPercentiles, BigDecimal materiality,
        String materialitySource, BigDecimal magnitude, Map<String, Double> populated,
        boolean lastModifiedTracksChanges, String holidayCalendar, String holidayCalendarSource) {

    /** Share of lines at which a convention counts as confirmed. */
    static final double CONFIRMED = 0.99;

    /** The profile facts a rule can require in the catalogue ({@code profile:<fact>}), by name. */
    Map<String, Boolean> facts() {
        Map<String, Boolean> facts = new LinkedHashMap<>();
        facts.put("last_modified_tracks_changes", lastModifiedTracksChanges);
        facts.put("holiday_calendar", !holidayCalendar.equals("none"));
        facts.put("japanese_calendar", holidayCalendar.equals("JP"));
        facts.put("conventions_confirmed", conventionsConfirmed);
        return facts;
    }

    /** The parameters the engine SQL and the amount thresholds are written in. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("fy_start_month", fiscalYearStartMonth);
        parameters.put("fy_end_year_naming", fiscalYearNaming.equals("end_year"));
        parameters.put("calendar_periods", periodNumbering.equals("calendar_month"));
        parameters.put("holiday_calendar", holidayCalendar);
        parameters.put("materiality", materiality);
        parameters.put("magnitude", magnitude);
        return parameters;
    }

    /** One line for logs and the job summary. */
    String describe() {
        return String.format(java.util.Locale.ROOT,
                "ledger profile: fiscal year from month %d named by its %s year (%.1f%% of lines), periods numbered as "
                        + "%s (%.1f%%)%s; %s amounts, median %s, 99th percentile %s, materiality %s (%s), magnitude %s; "
                        + "holiday calendar %s (%s); last_modified_date %s",
                fiscalYearStartMonth, fiscalYearNaming.equals("end_year") ? "end" : "start", 100 * fiscalYearShare,
                periodNumbering.replace('_', ' '), 100 * periodShare, conventionsConfirmed ? "" : ", not confirmed",
                currency, plain(amountPercentiles.get("p50")), plain(amountPercentiles.get("p99")), plain(materiality),
                materialitySource, plain(magnitude), holidayCalendar, holidayCalendarSource,
                lastModifiedTracksChanges ? "records changes" : "is an export stamp (modification rules not applicable)");
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

}
