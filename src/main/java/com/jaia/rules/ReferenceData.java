package com.jaia.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import com.jaia.duckdb.SqlScript;
import com.jaia.pipeline.JobFiles;
import com.jaia.pipeline.Sha256;

/**
 * Loads the data rules depend on but the ledger does not carry (the Japanese holiday calendar and the account class
 * keywords) when their files changed, and brings the chart's inferred account classes up to date.
 */
record ReferenceData(JobFiles files) {

    static final String HOLIDAYS = "journal-import/calendar/holidays-jp.csv";

    static final String ACCOUNT_CLASS_KEYWORDS = RuleCatalogue.RULES_DIR + "account-classes.csv";

    void refresh(Connection connection) throws SQLException {
        load(connection, HOLIDAYS, "holidays", "INSERT INTO holidays VALUES (CAST(? AS DATE), ?, ?, ?)", 4);
        load(connection, ACCOUNT_CLASS_KEYWORDS, "account_class_keywords",
                "INSERT INTO account_class_keywords VALUES (CAST(? AS INTEGER), ?, ?)", 3);
        try (Statement statement = connection.createStatement()) {
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
        String sha256 = Sha256.hex(csv);
        if (unchanged(connection, key, sha256)) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM calendar_holidays WHERE country = ?")) {
            delete.setString(1, country);
            delete.execute();
        }
        insertRows(connection, "INSERT INTO calendar_holidays VALUES (?, CAST(? AS DATE), ?, ?, ?)", country, csv, 4);
        remember(connection, key, sha256);
    }

    private void load(Connection connection, String file, String table, String insert, int columns)
            throws SQLException {
        String csv = files.read(file);
        String sha256 = Sha256.hex(csv);
        if (unchanged(connection, file, sha256)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM " + table);
        }
        insertRows(connection, insert, null, csv, columns);
        remember(connection, file, sha256);
    }

    private static boolean unchanged(Connection connection, String file, String sha256) throws SQLException {
        return SqlScript.single(connection, "SELECT count(*) FROM reference_files WHERE file_name = ? AND sha256 = ?",
                file, sha256) > 0;
    }

    private static void remember(Connection connection, String file, String sha256) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM reference_files WHERE file_name = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO reference_files VALUES (?, ?, now())")) {
            delete.setString(1, file);
            delete.execute();
            insert.setString(1, file);
            insert.setString(2, sha256);
            insert.execute();
        }
    }

    /**
     * Inserts the rows of a simple CSV (header, no quoted commas), its first {@code columns} cells each bound as text
     * (blank: NULL) after {@code first} when that is given.
     */
    private static void insertRows(Connection connection, String insert, String first, String csv, int columns)
            throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(insert)) {
            for (String line : csv.lines().skip(1).filter(line -> !line.isBlank()).toList()) {
                String[] cells = line.split(",", -1);
                int at = 1;
                if (first != null) {
                    rows.setString(at++, first);
                }
                for (int i = 0; i < columns; i++) {
                    String cell = i < cells.length ? cells[i].trim() : "";
                    rows.setString(at++, cell.isEmpty() ? null : cell);
                }
                rows.addBatch();
            }
            rows.executeBatch();
        }
    }

}
