package com.jaia.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.StringJoiner;

/**
 * Loads the data rules depend on but the ledger does not carry: the Japanese holiday calendar and the account class
 * keywords, and brings the chart's inferred account classes up to date.
 */
final class ReferenceData {

    static final String HOLIDAYS = "journal-import/calendar/holidays-jp.csv";

    static final String ACCOUNT_CLASS_KEYWORDS = RuleCatalogue.RULES_DIR + "account-classes.csv";

    private final JobsFiles files;

    ReferenceData(JobsFiles files) {
        this.files = files;
    }

    void refresh(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM holidays");
            statement.execute("INSERT INTO holidays VALUES " + values(files.read(HOLIDAYS), "DATE", "", "", ""));
            statement.execute("CREATE OR REPLACE TEMP TABLE account_class_keywords "
                    + "(priority INTEGER, keyword VARCHAR, account_class VARCHAR)");
            statement.execute("INSERT INTO account_class_keywords VALUES "
                    + values(files.read(ACCOUNT_CLASS_KEYWORDS), "", "", ""));
            statement.execute(JobsFiles.engineSql("account-classes.sql"));
        }
    }

    /** The rows of a simple CSV (header, no quoted commas) as SQL VALUES, each column cast to the given type prefix. */
    static String values(String csv, String... typePrefixes) {
        StringJoiner rows = new StringJoiner(", ");
        List<String> lines = csv.lines().skip(1).filter(line -> !line.isBlank()).toList();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            StringJoiner row = new StringJoiner(", ", "(", ")");
            for (int i = 0; i < typePrefixes.length; i++) {
                String cell = i < cells.length ? cells[i].trim() : "";
                String literal = cell.isEmpty() ? "NULL" : RuleSql.literal(cell);
                row.add(typePrefixes[i].isEmpty() || cell.isEmpty() ? literal : typePrefixes[i] + " '" + cell + "'");
            }
            rows.add(row.toString());
        }
        return rows.toString();
    }

}
