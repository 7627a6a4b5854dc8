package com.jaia.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.StringJoiner;

import com.jaia.duckdb.SqlScript;
import com.jaia.pipeline.JobFiles;

/**
 * Loads the data rules depend on but the ledger does not carry (the Japanese holiday calendar and the account class
 * keywords) when their files changed, and brings the chart's inferred account classes up to date.
 */
final class ReferenceData {

    static final String HOLIDAYS = "journal-import/calendar/holidays-jp.csv";

    static final String ACCOUNT_CLASS_KEYWORDS = RuleCatalogue.RULES_DIR + "account-classes.csv";

    private final JobFiles files;

    ReferenceData(JobFiles files) {
        this.files = files;
    }

    void refresh(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            load(statement, HOLIDAYS, "holidays", "DATE", "", "", "");
            load(statement, ACCOUNT_CLASS_KEYWORDS, "account_class_keywords", "", "", "");
            statement.execute(SqlScript.read("com/jaia/rules/account-classes.sql"));
        }
    }

    /** The calendar file of a country: {@code journal-import/calendar/holidays-<country>.csv}. */
    static String calendarFile(String country) {
        return "journal-import/calendar/holidays-" + country.toLowerCase(java.util.Locale.ROOT) + ".csv";
    }

    /**
     * Loads a country's holiday calendar into {@code calendar_holidays} when its file changed; {@code none} loads
     * nothing. A calendar named in configuration without a file fails the run naming the file.
     */
    void loadCalendar(Connection connection, String country) throws SQLException {
        if (country.equals("none")) {
            return;
        }
        String file = calendarFile(country);
        String key = "calendar_holidays:" + file;
        if (!files.exists(file)) {
            throw new IllegalStateException("no holiday calendar for '" + country + "': add " + file
                    + " to the jobs directory or set jaia.rules.holiday-calendar to JP, US, GB, EU or none");
        }
        String csv = files.read(file);
        String sha256 = sha256(csv);
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM reference_files WHERE file_name = '"
                    + key + "' AND sha256 = '" + sha256 + "'")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
            }
            statement.execute("DELETE FROM calendar_holidays WHERE country = " + RuleSql.literal(country));
            statement.execute("INSERT INTO calendar_holidays SELECT " + RuleSql.literal(country) + ", * FROM (VALUES "
                    + values(csv, "DATE", "", "", "") + ")");
            statement.execute("DELETE FROM reference_files WHERE file_name = '" + key + "'");
            statement.execute("INSERT INTO reference_files VALUES ('" + key + "', '" + sha256 + "', now())");
        }
    }

    private void load(Statement statement, String file, String table, String... types) throws SQLException {
        String csv = files.read(file);
        String sha256 = sha256(csv);
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM reference_files WHERE file_name = '" + file
                + "' AND sha256 = '" + sha256 + "'")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                return;
            }
        }
        statement.execute("DELETE FROM " + table);
        statement.execute("INSERT INTO " + table + " VALUES " + values(csv, types));
        statement.execute("DELETE FROM reference_files WHERE file_name = '" + file + "'");
        statement.execute("INSERT INTO reference_files VALUES ('" + file + "', '" + sha256 + "', now())");
    }

    /** The rows of a simple CSV (header, no quoted commas) as SQL VALUES, each column cast to the given type prefix. */
    static String values(String csv, String... typePrefixes) {
        StringJoiner rows = new StringJoiner(", ");
        csv.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
            String[] cells = line.split(",", -1);
            StringJoiner row = new StringJoiner(", ", "(", ")");
            for (int i = 0; i < typePrefixes.length; i++) {
                String cell = i < cells.length ? cells[i].trim() : "";
                String literal = cell.isEmpty() ? "NULL" : RuleSql.literal(cell);
                row.add(typePrefixes[i].isEmpty() || cell.isEmpty() ? literal : typePrefixes[i] + " '" + cell + "'");
            }
            rows.add(row.toString());
        });
        return rows.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
