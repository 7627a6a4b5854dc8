package com.jaia.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jaia.duckdb.SqlScript;
import com.jaia.pipeline.JobFiles;

/**
 * Infers the {@link LedgerProfile} of the fiscal years a rules run covers (one grouped scan of the lines plus a small
 * table of conventions, {@code profile.sql}) and stores it per run in {@code ledger_profiles}.
 */
final class LedgerProfiler {

    /** Optional columns whose presence the profile reports. */
    static final List<String> OPTIONAL_COLUMNS = List.of("prepared_by", "approved_by", "approved_date", "vendor_code",
            "je_line_description", "entry_date", "entry_time", "last_modified_date");

    /**
     * Fewer lines than this say too little about a ledger: its scale then follows the materiality, its fiscal year the
     * configured first month with start-year naming and fiscal periods.
     */
    static final long MIN_LINES_FOR_SCALE = 200;

    private static final Map<String, String> COUNTRY_BY_CURRENCY = Map.of("JPY", "JP", "USD", "US", "GBP", "GB",
            "EUR", "EU");

    private final RulesSettings settings;

    private final JobFiles files;

    LedgerProfiler(RulesSettings settings, JobFiles files) {
        this.settings = settings;
        this.files = files;
    }

    LedgerProfile infer(Connection duckDb, List<Integer> fiscalYears) throws SQLException {
        Map<String, Object> parameters = Map.of("fiscal_years", fiscalYears, "fy_start_month",
                settings.fiscalYearStartMonth());
        try (Statement statement = duckDb.createStatement(); RuleVariables variables = new RuleVariables(duckDb)) {
            statement.execute(variables.bind(SqlScript.read("com/jaia/rules/profile.sql"), parameters, "profile"));
            try (ResultSet row = statement.executeQuery("SELECT * FROM rule_profile")) {
                row.next();
                return toProfile(row);
            }
            finally {
                statement.execute("DROP TABLE IF EXISTS rule_profile");
            }
        }
    }

    private LedgerProfile toProfile(ResultSet row) throws SQLException {
        long lines = row.getLong("line_count");
        String currency = row.getString("currency") == null ? "" : row.getString("currency").trim().toUpperCase();
        Map<String, BigDecimal> percentiles = new LinkedHashMap<>();
        for (String p : List.of("p50", "p90", "p99", "p999")) {
            percentiles.put(p, row.getBigDecimal(p));
        }
        Map<String, Double> populated = new LinkedHashMap<>();
        for (String column : OPTIONAL_COLUMNS) {
            populated.put(column, lines == 0 ? 0 : row.getLong(column) / (double) lines);
        }
        boolean exportStamp = row.getLong("entry_dates") > 1 && row.getLong("last_modified_date") > 0
                && row.getObject("last_approval") != null
                && row.getLong("after_last_approval") >= LedgerProfile.CONFIRMED * row.getLong("last_modified_date");
        boolean inferred = lines >= MIN_LINES_FOR_SCALE && row.getObject("start_month") != null;
        int startMonth = inferred ? row.getInt("start_month") : settings.fiscalYearStartMonth();
        String naming = inferred ? row.getString("naming") : "start_year";
        double yearShare = row.getDouble(inferred ? "year_share" : "configured_year_share");
        double fiscalShare = row.getDouble(inferred ? "fiscal_period_share" : "configured_period_share");
        double calendarShare = inferred ? row.getDouble("calendar_month_share") : 0;
        boolean calendar = calendarShare > fiscalShare;
        double periodShare = Math.max(fiscalShare, calendarShare);
        Materiality materiality = materiality(currency, percentiles.get("p99"), lines);
        BigDecimal magnitude = lines >= MIN_LINES_FOR_SCALE && positive(percentiles.get("p50"))
                ? powerOfTen(percentiles.get("p50"), RoundingMode.FLOOR)
                : materiality.amount().divide(BigDecimal.valueOf(1000));
        String[] calendarChoice = holidayCalendar(currency);
        return new LedgerProfile(lines, row.getLong("journal_count"), startMonth, naming, yearShare,
                calendar ? "calendar_month" : "fiscal_period", periodShare,
                yearShare >= LedgerProfile.CONFIRMED && periodShare >= LedgerProfile.CONFIRMED, currency,
                row.getDouble("fractional_share") > 0 || !currency.equals("JPY") ? 2 : 0, percentiles,
                materiality.amount(), materiality.source(), magnitude, populated, !exportStamp, calendarChoice[0],
                calendarChoice[1]);
    }

    private record Materiality(BigDecimal amount, String source) {
    }

    /** Configured, else the currency's default, else the smallest power of ten above 99% of the line amounts. */
    private Materiality materiality(String currency, BigDecimal p99, long lines) {
        if (settings.materiality() != null) {
            return new Materiality(settings.materiality(), "configuration");
        }
        BigDecimal byCurrency = settings.currencyMateriality().get(currency);
        if (byCurrency != null) {
            return new Materiality(byCurrency, "default for " + currency);
        }
        if (lines >= MIN_LINES_FOR_SCALE && positive(p99)) {
            return new Materiality(powerOfTen(p99, RoundingMode.CEILING), "the ledger: power of ten above 99% of lines");
        }
        return new Materiality(BigDecimal.valueOf(100_000_000L), "too few lines to judge: the yen default");
    }

    /** Configured, else the country of the ledger's currency when a calendar file exists for it, else none. */
    private String[] holidayCalendar(String currency) {
        String configured = settings.holidayCalendar();
        if (configured != null && !configured.isBlank()) {
            String code = configured.trim().toUpperCase(java.util.Locale.ROOT);
            if (!code.equals("NONE") && !code.matches("[A-Z]{2}")) {
                throw new IllegalStateException("jaia.rules.holiday-calendar must be a two-letter country code "
                        + "(JP, US, GB, EU) or none, not '" + configured + "'");
            }
            return new String[] { code.equals("NONE") ? "none" : code, "configuration" };
        }
        String country = COUNTRY_BY_CURRENCY.get(currency);
        if (country != null && files.exists(ReferenceData.calendarFile(country))) {
            return new String[] { country, "currency " + currency };
        }
        return new String[] { "none", "no calendar for currency '" + currency + "'" };
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    /** 10^floor(log10(x)) or 10^ceil(log10(x)). */
    static BigDecimal powerOfTen(BigDecimal value, RoundingMode mode) {
        int exponent = value.precision() - value.scale() - 1;
        BigDecimal floor = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        if (mode == RoundingMode.CEILING && value.compareTo(floor) > 0) {
            floor = floor.scaleByPowerOfTen(1);
        }
        return floor.round(MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Records the profile of a run. */
    static void store(Connection duckDb, long runId, Long importId, List<Integer> fiscalYears, LedgerProfile profile)
            throws SQLException {
        SqlScript.update(duckDb, "DELETE FROM ledger_profiles WHERE run_id = ?", runId);
        try (PreparedStatement insert = duckDb.prepareStatement("INSERT INTO ledger_profiles VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            insert.setLong(++i, runId);
            insert.setObject(++i, importId);
            insert.setString(++i, fiscalYears.stream().map(String::valueOf).collect(Collectors.joining(",")));
            insert.setLong(++i, profile.lines());
            insert.setLong(++i, profile.journals());
            insert.setInt(++i, profile.fiscalYearStartMonth());
            insert.setString(++i, profile.fiscalYearNaming());
            insert.setDouble(++i, profile.fiscalYearShare());
            insert.setString(++i, profile.periodNumbering());
            insert.setDouble(++i, profile.periodShare());
            insert.setBoolean(++i, profile.conventionsConfirmed());
            insert.setString(++i, profile.currency());
            insert.setInt(++i, profile.minorUnits());
            for (String p : List.of("p50", "p90", "p99", "p999")) {
                insert.setBigDecimal(++i, cents(profile.amountPercentiles().get(p)));
            }
            insert.setBigDecimal(++i, cents(profile.materiality()));
            insert.setString(++i, profile.materialitySource());
            insert.setBigDecimal(++i, cents(profile.magnitude()));
            insert.setString(++i, profile.populated().entrySet().stream()
                .map(e -> e.getKey() + "=" + Math.round(e.getValue() * 10000) / 10000.0).collect(Collectors.joining(",")));
            insert.setBoolean(++i, profile.lastModifiedTracksChanges());
            insert.setString(++i, profile.holidayCalendar());
            insert.setString(++i, profile.holidayCalendarSource());
            insert.executeUpdate();
        }
    }

}
