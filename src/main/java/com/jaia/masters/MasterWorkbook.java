package com.jaia.masters;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Copies the first sheet of a master workbook (.xlsx) to a UTF-8 CSV, cells as Excel displays them. Master files are
 * small, so the whole workbook is read at once.
 */
final class MasterWorkbook {

    private MasterWorkbook() {
    }

    static void toCsv(Path xlsx, Path csv) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true);
                Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    String value = cell == null ? "" : formatter.formatCellValue(cell);
                    line.append(c > 0 ? "," : "").append('"').append(value.replace("\"", "\"\"")).append('"');
                }
                out.write(line.append('\n').toString());
            }
        }
        catch (RuntimeException e) {
            throw new IOException("not a readable Excel workbook: " + e.getMessage(), e);
        }
    }

}
