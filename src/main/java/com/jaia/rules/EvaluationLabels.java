package com.jaia.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Reads a generator's labels file ({@code business_unit_code, fiscal_year, journal_id, pattern, description}; files
 * without the first two columns match journals by id alone) into the temp table {@code eval_labels}.
 */
final class EvaluationLabels {

    private static final int BATCH = 1_000;

    private EvaluationLabels() {
    }

    /** Loads the labels; the message says what is wrong with a file that is missing or lacks its columns. */
    static void load(Connection duckDb, Path labels) throws SQLException {
        if (!Files.isRegularFile(labels)) {
            throw new IllegalArgumentException("no labels file at " + labels);
        }
        try (Statement statement = duckDb.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE eval_labels (business_unit_code VARCHAR, "
                    + "fiscal_year INTEGER, journal_id VARCHAR, pattern VARCHAR)");
        }
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(labels);
                PreparedStatement insert = duckDb.prepareStatement("INSERT INTO eval_labels VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (NamedCsvRecord row : reader) {
                if (pending == 0 && !hasColumns(row.getHeader())) {
                    throw new IllegalArgumentException(labels + " is not a labels file: it needs the columns "
                            + "journal_id and pattern (and, to tell journals apart, business_unit_code and fiscal_year)");
                }
                bind(insert, row);
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + labels, e);
        }
        try (Statement statement = duckDb.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE eval_labels AS SELECT DISTINCT * FROM eval_labels");
        }
    }

    private static boolean hasColumns(List<String> header) {
        return header.contains("journal_id") && header.contains("pattern");
    }

    private static void bind(PreparedStatement insert, NamedCsvRecord row) throws SQLException {
        String unit = row.findField("business_unit_code").filter(s -> !s.isBlank()).orElse(null);
        String year = row.findField("fiscal_year").filter(s -> !s.isBlank()).orElse(null);
        insert.setString(1, unit);
        if (year == null) {
            insert.setNull(2, Types.INTEGER);
        }
        else {
            try {
                insert.setInt(2, Integer.parseInt(year.trim()));
            }
            catch (NumberFormatException e) {
                throw new IllegalArgumentException("labels line " + row.getStartingLineNumber() + ": fiscal_year \""
                        + year + "\" is not a year");
            }
        }
        insert.setString(3, row.getField("journal_id").trim());
        insert.setString(4, row.getField("pattern").trim());
    }

}
