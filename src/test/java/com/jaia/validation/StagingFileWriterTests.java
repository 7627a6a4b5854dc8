package com.jaia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The staging files read back by DuckDB's CSV reader with the columns the load step gives it. */
class StagingFileWriterTests {

    @TempDir
    Path dir;

    @Test
    void textComesBackAsWrittenAndEmptyTextAsNull() throws SQLException {
        JournalLine tricky = line(2, "GL,1", "say \"hi\", then\nleave", "");
        JournalLine plain = line(3, "GL-2", "売上 😀 \u00e9", null);
        stage(tricky, plain);

        List<List<String>> rows = query("SELECT gl_detail_id, je_line_description, vendor_code, amount::VARCHAR, "
                + "effective_date::VARCHAR, entry_time::VARCHAR, source_offset FROM read_csv(?, header = false, "
                + "delim = ',', quote = '\"', escape = '\"', auto_detect = false, columns = "
                + StagingFiles.LINE_COLUMNS + ") ORDER BY source_line_number",
                StagingFiles.lines(dir, 0).toString());

        assertThat(rows).containsExactly(
                Arrays.asList("GL,1", "say \"hi\", then\nleave", null, "1500.50", "0987-03-09", "07:05:09", "102"),
                Arrays.asList("GL-2", "売上 😀 \u00e9", null, "1500.50", "0987-03-09", "07:05:09", "103"));
    }

    @Test
    void rejectionsKeepTheirRawLine() throws SQLException {
        stage(new Rejection(7, null, "金額", RejectReason.BAD_AMOUNT, "金額 \"x\" is not an amount", "a,\"x\",c"));

        List<List<String>> rows = query("SELECT line_number::VARCHAR, journal_id, column_name, message, raw_line "
                + "FROM read_csv(?, header = false, delim = ',', quote = '\"', escape = '\"', auto_detect = false, "
                + "columns = " + StagingFiles.REJECT_COLUMNS + ")", StagingFiles.rejects(dir, 0).toString());

        assertThat(rows).containsExactly(
                Arrays.asList("7", null, "金額", "金額 \"x\" is not an amount", "a,\"x\",c"));
    }

    private void stage(ValidatedLine... lines) {
        StagingFileWriter writer = new StagingFileWriter(dir, 0);
        writer.open(new ExecutionContext());
        List<StagedLine> staged = new ArrayList<>();
        for (ValidatedLine line : lines) {
            long number = line instanceof JournalLine journalLine ? journalLine.lineNumber() : 0;
            staged.add(new StagedLine(line, 100 + number));
        }
        writer.write(new Chunk<>(staged));
        writer.close();
    }

    private static JournalLine line(long number, String glDetailId, String description, String vendor) {
        LocalDate date = LocalDate.of(987, 3, 9);
        return new JournalLine(number, glDetailId, "BU", 2024, 1, "JE-1", 1, date, date, LocalTime.of(7, 5, 9), "4000",
                new BigDecimal("1500.50"), "JPY", new BigDecimal("1500.50"), 'D', description, null, vendor, null,
                null, null, null, null, null, false);
    }

    private List<List<String>> query(String sql, String file) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, file);
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

}
