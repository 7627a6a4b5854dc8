package com.jaia.ledgerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxLedgerConverterTests {

    @TempDir
    Path dir;

    @Test
    void writesTheFirstSheetAsUtf8Csv() throws IOException {
        Path xlsx = dir.resolve("ledger.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            Sheet sheet = workbook.createSheet("仕訳帳");
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy/m/d h:mm"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(helper.createDataFormat().getFormat("h:mm:ss"));
            CellStyle grouped = workbook.createCellStyle();
            grouped.setDataFormat(helper.createDataFormat().getFormat("#,##0"));
            CellStyle padded = workbook.createCellStyle();
            padded.setDataFormat(helper.createDataFormat().getFormat("0000"));
            text(sheet.createRow(0), "伝票番号", "計上日", "勘定科目コード", "金額", "借貸区分", "摘要", "入力日", "入力時刻",
                    "部門コード");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("J0001");
            row.createCell(1).setCellValue(LocalDate.of(2024, 4, 1));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue("0100");
            row.createCell(3).setCellValue(1_000_000);
            row.getCell(3).setCellStyle(grouped);
            row.createCell(4).setCellValue("借");
            row.createCell(5).setCellValue("売上, \"東京\"\n2行目");
            row.createCell(6).setCellValue(LocalDateTime.of(2024, 4, 2, 10, 30));
            row.getCell(6).setCellStyle(dateTime);
            row.createCell(7).setCellValue(0.4375);
            row.getCell(7).setCellStyle(time);
            row.createCell(8).setCellValue(42);
            row.getCell(8).setCellStyle(padded);
            Row sparse = sheet.createRow(3);
            sparse.createCell(0).setCellValue("J0002");
            sparse.createCell(3).setCellValue(1234.5);
            sparse.createCell(4).setCellValue(-0.25);
            workbook.createSheet("other").createRow(0).createCell(0).setCellValue("ignored");
            write(workbook, xlsx);
        }
        Path csv = dir.resolve("ledger.csv");

        XlsxLedgerConverter.toCsv(xlsx, csv);

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(
                "伝票番号,計上日,勘定科目コード,金額,借貸区分,摘要,入力日,入力時刻,部門コード\r\n"
                        + "J0001,2024-04-01,0100,1000000,借,\"売上, \"\"東京\"\"\n2行目\",2024-04-02T10:30:00,10:30:00,0042\r\n"
                        + "J0002,,,1234.5,-0.25,,,,\r\n");
    }

    @Test
    void writesLargeAndFractionalNumbersWithoutExponent() {
        assertThat(List.of(LedgerCellFormatter.plain(1e15), LedgerCellFormatter.plain(12345678901234567890.0),
                LedgerCellFormatter.plain(0.1), LedgerCellFormatter.plain(-3.0), LedgerCellFormatter.plain(1.5e-7)))
                .containsExactly("1000000000000000", "12345678901234567000", "0.1", "-3", "0.00000015");
    }

    @Test
    void refusesFilesThatAreNotWorkbooks() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "journal_id,amount\n");
        assertThatThrownBy(() -> XlsxLedgerConverter.toCsv(fake, dir.resolve("out.csv")))
                .isInstanceOf(BadLedgerFile.class).hasMessageContaining("not a readable Excel workbook");
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void write(SXSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

}
