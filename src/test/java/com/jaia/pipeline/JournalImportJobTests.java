package com.jaia.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.intake.ImportRejected;
import com.jaia.intake.ImportRequest;
import com.jaia.loading.ImportLedgerEntry;
import com.jaia.loading.ImportRollback;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

@JaiaSpringTest
class JournalImportJobTests extends ImportJobTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(JournalImportJobTests.class);

    @Autowired
    ImportRollback rollback;

    @Test
    void loadsEveryValidLineAndExplainsEveryRejectedOne() throws IOException {
        Path file = dir.resolve("mixed.csv");
        LocalDate date = LocalDate.of(2024, 5, 10);
        Files.writeString(file, Ledgers.DETAILED_HEADER + "\n"
                + Ledgers.detailedLine(UNIT, "MIX1", 1, date, "5110", 1000, "D", "ok")
                + Ledgers.detailedLine(UNIT, "MIX1", 2, date, "2110", 1000, "C", "ok")
                + Ledgers.detailedLine(UNIT, "MIX2", 1, date, "5110", 500, "D", "bad date")
                    .replace("2024-05-10,2024-05-10", "2024-13-45,2024-05-10")
                + Ledgers.detailedLine(UNIT, "MIX2", 2, date, "2110", 500, "C", "held back")
                + Ledgers.detailedLine(UNIT, "MIX3", 1, date, "5110", 700, "D", "unbalanced")
                + Ledgers.detailedLine(UNIT, "MIX3", 2, date, "2110", 600, "C", "unbalanced")
                + Ledgers.detailedLine(UNIT, "MIX4", 1, date, "5110", 300, "X", "bad side")
                + Ledgers.detailedLine(UNIT, "MIX4", 2, date, "2110", 300, "C", "held back"));

        JobExecution execution = launcher.launch(ImportRequest.of(file, "test"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long importId = execution.getJobInstance().getInstanceId();
        ImportLedgerEntry entry = ledger.findById(importId).orElseThrow();
        assertThat(entry.rowsRead()).isEqualTo(8);
        assertThat(entry.rowsLoaded()).isEqualTo(2);
        assertThat(entry.rowsRejected()).isEqualTo(6);
        assertThat(entry.debitTotal()).isEqualByComparingTo(entry.creditTotal());
        assertThat(ledger.rejectsByReason(importId)).containsOnly(Map.entry("BAD_DATE", 1L),
                Map.entry("UNKNOWN_SIDE", 1L), Map.entry("JOURNAL_HAS_REJECTED_LINE", 2L),
                Map.entry("UNBALANCED_JOURNAL", 2L));
        assertThat(duckDb.sql("SELECT line_number FROM rejected_rows WHERE import_id = ? AND reason_code = "
                + "'JOURNAL_HAS_REJECTED_LINE' ORDER BY 1").param(importId).query(Long.class).list())
            .containsExactly(5L, 9L);
        assertThat(duckDb.sql("SELECT raw_line FROM rejected_rows WHERE import_id = ? AND line_number = 6")
            .param(importId).query(String.class).single()).startsWith("MIX3-1," + UNIT + ",2024");
        assertThat(duckDb.sql("SELECT message FROM rejected_rows WHERE import_id = ? AND line_number = 6")
            .param(importId).query(String.class).single()).contains("700.00").contains("600.00");
    }

    @Test
    void refusesTheSameContentTwiceNamingTheFirstImport() throws IOException {
        Path file = dir.resolve("twice.csv");
        Ledgers.writeDetailed(file, UNIT, "TWICE", 5, 1);
        JobExecution first = launcher.launch(ImportRequest.of(file, "test"));
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path copy = Files.copy(file, dir.resolve("twice-renamed.csv"));

        assertThatThrownBy(() -> launcher.launch(ImportRequest.of(copy, "test")))
            .isInstanceOf(ImportRejected.class)
            .hasMessageContaining("import #" + first.getJobInstance().getInstanceId());
    }

    @Test
    void rejectsJournalsAnEarlierImportLoadedAndDuplicateLineIds() throws IOException {
        LocalDate date = LocalDate.of(2024, 6, 3);
        Path first = dir.resolve("first.csv");
        Files.writeString(first, Ledgers.DETAILED_HEADER + "\n"
                + Ledgers.detailedLine(UNIT, "DUP1", 1, date, "5110", 10, "D", "a")
                + Ledgers.detailedLine(UNIT, "DUP1", 2, date, "2110", 10, "C", "a"));
        long firstImport = launcher.launch(ImportRequest.of(first, "test")).getJobInstance().getInstanceId();
        Path second = dir.resolve("second.csv");
        Files.writeString(second, Ledgers.DETAILED_HEADER + "\n"
                + Ledgers.detailedLine(UNIT, "DUP1", 1, date, "5110", 10, "D", "b")
                + Ledgers.detailedLine(UNIT, "DUP1", 2, date, "2110", 10, "C", "b")
                + Ledgers.detailedLine(UNIT, "DUP2", 1, date, "5110", 20, "D", "c")
                + Ledgers.detailedLine(UNIT, "DUP2", 1, date, "2110", 20, "C", "c"));

        JobExecution execution = launcher.launch(ImportRequest.of(second, "test"));

        long importId = execution.getJobInstance().getInstanceId();
        assertThat(ledger.findById(importId).orElseThrow().rowsLoaded()).isZero();
        assertThat(ledger.rejectsByReason(importId)).containsOnly(Map.entry("DUPLICATE_JOURNAL", 2L),
                Map.entry("DUPLICATE_LINE_ID", 1L), Map.entry("JOURNAL_HAS_REJECTED_LINE", 1L));
        assertThat(duckDb.sql("SELECT message FROM rejected_rows WHERE import_id = ? AND line_number = 2")
            .param(importId).query(String.class).single()).contains("import #" + firstImport);
        assertThat(duckDb.sql("SELECT message FROM rejected_rows WHERE import_id = ? AND line_number = 5")
            .param(importId).query(String.class).single()).contains("line 4");
    }

    @Test
    void importsShiftJisWithJapaneseHeadersAndDebitCreditColumns() throws IOException {
        Path file = dir.resolve("sjis.csv");
        String text = "伝票番号,行番号,計上日,勘定科目コード,借方金額,貸方金額,摘要,起票者,承認者\r\n"
                + "SJ1,1,令和6年4月1日,0110,\"1,000\",,売上計上,U01,U02\r\n"
                + "SJ1,2,R6.4.1,4110,,\"1,000\",\"売上, 東京\",U01,U02\r\n";
        Files.write(file, text.getBytes(Charset.forName("MS932")));

        JobExecution execution = launcher.launch(ImportRequest.of(file, "test"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long importId = execution.getJobInstance().getInstanceId();
        assertThat(duckDb.sql("SELECT gl_account_number || '|' || debit_credit_indicator || '|' || amount || '|' || "
                + "je_line_description || '|' || effective_date || '|' || fiscal_year || '|' || accounting_period "
                + "FROM journal_entries WHERE import_id = ? ORDER BY source_line_number").param(importId)
            .query(String.class).list())
            .containsExactly("0110|D|1000.00|売上計上|2024-04-01|2024|1", "4110|C|1000.00|売上, 東京|2024-04-01|2024|1");
    }

    @Test
    void importsAnXlsxWorkbook() throws IOException {
        Path file = dir.resolve("ledger.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("仕訳");
            String[] header = { "journal_id", "effective_date", "gl_account_number", "amount",
                    "debit_credit_indicator", "je_line_description" };
            var row = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                row.createCell(i).setCellValue(header[i]);
            }
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Object[][] rows = { { "XL1", "0100", 2500.0, "D" }, { "XL1", "2110", 2500.0, "C" } };
            for (int r = 0; r < rows.length; r++) {
                var cells = sheet.createRow(r + 1);
                cells.createCell(0).setCellValue((String) rows[r][0]);
                var dateCell = cells.createCell(1);
                dateCell.setCellValue(LocalDate.of(2024, 7, 1));
                dateCell.setCellStyle(dateStyle);
                cells.createCell(2).setCellValue((String) rows[r][1]);
                cells.createCell(3).setCellValue((Double) rows[r][2]);
                cells.createCell(4).setCellValue((String) rows[r][3]);
                cells.createCell(5).setCellValue("エクセル");
            }
            workbook.write(out);
        }

        JobExecution execution = launcher.launch(ImportRequest.of(file, "test"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ImportLedgerEntry entry = ledger.findById(execution.getJobInstance().getInstanceId()).orElseThrow();
        assertThat(entry.rowsLoaded()).isEqualTo(2);
        assertThat(entry.debitTotal()).isEqualByComparingTo(new BigDecimal("2500"));
        assertThat(entry.fileFormat()).isEqualTo("xlsx");
    }

    /**
     * The ledger is big enough to be cut into partitions (about 60,000 lines), so it is kept in a business unit of its
     * own and taken back once checked: left in the store, every later import of its fiscal year would re-score it.
     */
    @Test
    void importsAGeneratedLedgerSplitAcrossPartitions() throws IOException {
        Path file = dir.resolve("big.csv");
        long lines = Ledgers.writeDetailed(file, UNIT, "BIG", 20_000, 7);
        assertThat(Files.size(file)).isGreaterThan(9L << 20);

        JobExecution execution = launcher.launch(ImportRequest.of(file, "test"));
        long importId = execution.getJobInstance().getInstanceId();
        try {
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            ImportLedgerEntry entry = ledger.findById(importId).orElseThrow();
            assertThat(entry.rowsRead()).isEqualTo(lines);
            assertThat(entry.rowsLoaded()).isEqualTo(lines);
            assertThat(entry.journalsLoaded()).isEqualTo(20_000);
            assertThat(entry.debitTotal()).isEqualByComparingTo(entry.creditTotal());
            assertThat(execution.getStepExecutions()).extracting(step -> step.getStepName())
                .contains("validateJournalPartitionStep:partition0", "validateJournalPartitionStep:partition1");
        }
        finally {
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                rollback.rollback(importId);
            }
        }
    }

    static Path write(Path file, String text, Charset charset) throws IOException {
        Files.write(file, text.getBytes(charset == null ? StandardCharsets.UTF_8 : charset));
        return file;
    }

}
