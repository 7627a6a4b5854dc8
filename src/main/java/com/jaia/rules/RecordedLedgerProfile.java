package com.jaia.rules;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ledger profile a rules run stored ({@code ledger_profiles}), as the imports API and the import summary show it.
 *
 * @param runId the rules run that inferred it
 * @param fiscalYears the fiscal years it was inferred over
 * @param lines lines profiled
 * @param journals journals among them
 * @param fiscalYearStartMonth the first month (1..12) of the fiscal year
 * @param fiscalYearNaming {@code start_year} (FY2024 begins in 2024) or {@code end_year} (FY2024 ends in 2024)
 * @param fiscalYearShare share of lines whose effective date falls in the fiscal year their label names that way
 * @param periodNumbering {@code fiscal_period} (1 = first month of the fiscal year) or {@code calendar_month}
 * @param periodShare share of lines whose period is numbered that way
 * @param conventionsConfirmed whether both shares reach 99%
 * @param conventionsSource where the fiscal-year convention comes from: inferred from the ledger, or the configured
 *        start month with start-year naming when the ledger is too small to infer it
 * @param currency the ledger's most frequent currency code
 * @param decimals the decimals its amounts carry (0 for yen)
 * @param amountPercentiles line amounts at the 50th, 90th, 99th and 99.9th percentiles
 * @param materiality the amount at or above which one line is material
 * @param materialitySource where the materiality comes from: configuration, the currency's default or the ledger
 * @param magnitude the power of ten of the median line amount; round-number and just-below tests scale with it
 * @param populatedColumns each optional column with the share of lines that fill it
 * @param lastModifiedTracksChanges false when {@code last_modified_date} is one export stamp after every approval
 * @param holidayCalendar the holiday calendar the holiday rules use ({@code JP}, {@code US}, {@code GB}, {@code EU}) or
 *        {@code none} (weekend rules only)
 * @param holidayCalendarSource where that calendar comes from: configuration, the currency, or none known
 */
public record RecordedLedgerProfile(long runId, List<Integer> fiscalYears, long lines, long journals,
        int fiscalYearStartMonth, String fiscalYearNaming, double fiscalYearShare, String periodNumbering,
        double periodShare, boolean conventionsConfirmed, String conventionsSource, String currency, int decimals,
        AmountPercentiles amountPercentiles, BigDecimal materiality, String materialitySource, BigDecimal magnitude,
        List<ColumnFill> populatedColumns, boolean lastModifiedTracksChanges, String holidayCalendar,
        String holidayCalendarSource) {

    /**
     * Line amounts at four percentiles.
     *
     * @param p50 the median
     * @param p90 the 90th percentile
     * @param p99 the 99th percentile
     * @param p999 the 99.9th percentile
     */
    public record AmountPercentiles(BigDecimal p50, BigDecimal p90, BigDecimal p99, BigDecimal p999) {
    }

    /**
     * How much of the ledger fills one optional column.
     *
     * @param column the {@code journal_entries} column
     * @param share the share of lines with a value
     */
    public record ColumnFill(String column, double share) {
    }

    static RecordedLedgerProfile read(ResultSet row) throws SQLException {
        long lines = row.getLong("lines");
        return new RecordedLedgerProfile(row.getLong("run_id"), Arrays.stream(row.getString("fiscal_years").split(","))
            .filter(year -> !year.isBlank()).map(year -> Integer.valueOf(year.trim())).toList(), lines,
                row.getLong("journals"), row.getInt("fy_start_month"), row.getString("fy_naming"),
                row.getDouble("fy_share"), row.getString("period_numbering"), row.getDouble("period_share"),
                row.getBoolean("conventions_confirmed"), lines >= LedgerProfiler.MIN_LINES_FOR_SCALE
                        ? "inferred from the ledger" : "configured start month with start-year naming: under "
                                + LedgerProfiler.MIN_LINES_FOR_SCALE + " lines are too few to infer it",
                row.getString("currency"), row.getInt("minor_units"),
                new AmountPercentiles(row.getBigDecimal("amount_p50"), row.getBigDecimal("amount_p90"),
                        row.getBigDecimal("amount_p99"), row.getBigDecimal("amount_p999")),
                row.getBigDecimal("materiality"), row.getString("materiality_source"), row.getBigDecimal("magnitude"),
                columns(row.getString("populated")), row.getBoolean("last_modified_tracks_changes"),
                row.getString("holiday_calendar"), row.getString("holiday_calendar_source"));
    }

    private static List<ColumnFill> columns(String populated) {
        List<ColumnFill> columns = new ArrayList<>();
        if (populated != null) {
            for (String entry : populated.split(",")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    columns.add(new ColumnFill(entry.substring(0, equals).trim(),
                            Double.parseDouble(entry.substring(equals + 1).trim())));
                }
            }
        }
        return List.copyOf(columns);
    }

    /** The profile as lines of the import summary. */
    public List<String> describe() {
        String filled = populatedColumns.stream()
            .map(c -> c.column() + String.format(Locale.ROOT, " %.0f%%", 100 * c.share()))
            .collect(Collectors.joining(", "));
        return List.of(
                String.format(Locale.ROOT, "ledger profile (rules run %d, %s): fiscal year from month %d named by its "
                        + "%s year (%.1f%% of lines), periods numbered as %s (%.1f%%)%s", runId, conventionsSource,
                        fiscalYearStartMonth, "end_year".equals(fiscalYearNaming) ? "end" : "start",
                        100 * fiscalYearShare, String.valueOf(periodNumbering).replace('_', ' '), 100 * periodShare,
                        conventionsConfirmed ? ", confirmed" : ", not confirmed (under 99%)"),
                String.format(Locale.ROOT, "  amounts: %s with %d decimals, median %s, 99th percentile %s; "
                        + "materiality %s (%s), magnitude %s", currency.isBlank() ? "no currency" : currency, decimals,
                        plain(amountPercentiles.p50()), plain(amountPercentiles.p99()), plain(materiality),
                        materialitySource, plain(magnitude)),
                "  holiday calendar: " + holidayCalendar + " (" + holidayCalendarSource + "); last_modified_date "
                        + (lastModifiedTracksChanges ? "records changes" : "is an export stamp"),
                "  columns filled: " + (filled.isEmpty() ? "none of the optional ones" : filled));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

}
