package com.jaia.ledgerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerFormatDetectorTests {

    private static final String HEADER = "journal_id,effective_date,gl_account_number,amount,debit_credit_indicator";
    private static final String JAPANESE = "伝票番号,計上日,勘定科目コード,金額,借貸区分,摘要\r\n"
            + "J1,2024/04/01,1110,\"1,000\",借,現金売上　東京支店\r\n";

    @TempDir
    Path dir;

    @Test
    void readsPlainUtf8Csv() throws IOException {
        LedgerFormat format = LedgerFormatDetector.detect(write("a.csv", (HEADER + "\nJ1,2024-04-01,1110,5,D\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(format).isEqualTo(new LedgerFormat(LedgerFileKind.CSV, StandardCharsets.UTF_8, ',', 0));
    }

    @Test
    void readsJapaneseUtf8WithoutBom() throws IOException {
        LedgerFormat format = LedgerFormatDetector.detect(write("j.csv", JAPANESE.getBytes(StandardCharsets.UTF_8)));
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.dataOffset()).isZero();
    }

    @Test
    void skipsTheUtf8ByteOrderMark() throws IOException {
        LedgerFormat format = LedgerFormatDetector.detect(write("bom.csv",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, JAPANESE.getBytes(StandardCharsets.UTF_8))));
        assertThat(format).isEqualTo(new LedgerFormat(LedgerFileKind.CSV, StandardCharsets.UTF_8, ',', 3));
    }

    @Test
    void recognisesShiftJisWithJapaneseHeaders() throws IOException {
        LedgerFormat format = LedgerFormatDetector.detect(write("sjis.csv",
                JAPANESE.repeat(50).getBytes(Charset.forName("MS932"))));
        assertThat(format.charset()).isEqualTo(LedgerFormatDetector.MS932);
        assertThat(format.charset().aliases()).contains("MS932");
        assertThat(format.kind()).isEqualTo(LedgerFileKind.CSV);
    }

    @Test
    void recognisesShiftJisHalfWidthKatakana() throws IOException {
        String text = "伝票番号,計上日,勘定科目コード,金額,借貸区分,摘要\nJ1,2024/04/01,1110,5,借,ｶﾌﾞｼｷｶﾞｲｼｬ ﾄｳｷｮｳ\n";
        assertThat(LedgerFormatDetector.detect(write("kana.csv", text.getBytes(Charset.forName("MS932")))).charset())
                .isEqualTo(LedgerFormatDetector.MS932);
    }

    @Test
    void readsTabSeparatedFiles() throws IOException {
        LedgerFormat format = LedgerFormatDetector.detect(write("a.tsv",
                "伝票番号\t計上日\t勘定科目コード\t金額\t借貸区分\nJ1\t2024/04/01\t1110\t1,000\t借\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(format.kind()).isEqualTo(LedgerFileKind.TSV);
        assertThat(format.delimiter()).isEqualTo('\t');
    }

    @Test
    void keepsUtf8WhenAFewBytesAreInvalid() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(JAPANESE.repeat(20).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'J', '2', ',', (byte) 0xFF, (byte) 0x82, ',', '1', '\n'});
        bytes.writeBytes(JAPANESE.repeat(20).getBytes(StandardCharsets.UTF_8));
        assertThat(LedgerFormatDetector.detect(write("bad.csv", bytes.toByteArray())).charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void toleratesACharacterCutAtTheEndOfTheSample() throws IOException {
        String row = "J1,2024/04/01,1110,1000,借,摘要テキスト\n";
        byte[] rows = (HEADER + "\n" + row.repeat(60_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(rows.length).isGreaterThan(LedgerFormatDetector.SAMPLE_BYTES);
        assertThat(LedgerFormatDetector.detect(write("big.csv", rows)).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void honoursExplicitOverrides() throws IOException {
        Path file = write("semi.csv", "journal_id;effective_date;gl_account_number;amount\nJ1;2024-04-01;1;5\n"
                .getBytes(StandardCharsets.UTF_8));
        LedgerFormat format = LedgerFormatDetector.detect(file, Optional.of(LedgerFormatDetector.MS932),
                Optional.of(';'));
        assertThat(format).isEqualTo(new LedgerFormat(LedgerFileKind.CSV, LedgerFormatDetector.MS932, ';', 0));
    }

    @Test
    void recognisesXlsxWorkbooks() throws IOException {
        Path file = dir.resolve("ledger.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("仕訳").createRow(0).createCell(0).setCellValue("伝票番号");
            workbook.write(out);
        }
        assertThat(LedgerFormatDetector.detect(file).kind()).isEqualTo(LedgerFileKind.XLSX);
    }

    @Test
    void refusesZipArchivesThatAreNotWorkbooks() throws IOException {
        Path file = dir.resolve("ledger.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("ledger.csv"));
            zip.write(HEADER.getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> LedgerFormatDetector.detect(file)).isInstanceOf(BadLedgerFile.class)
                .hasMessageContaining("ZIP archive but not an Excel workbook");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertThatThrownBy(() -> LedgerFormatDetector.detect(write("empty.csv", new byte[0])))
                .isInstanceOf(BadLedgerFile.class).hasMessage("the file is empty");
    }

    @Test
    void refusesAFileWhoseFirstLineIsBlank() throws IOException {
        assertThatThrownBy(() -> LedgerFormatDetector.detect(write("blank.csv", "\r\n\r\n".getBytes())))
                .isInstanceOf(BadLedgerFile.class).hasMessageContaining("the first line is empty");
    }

    @Test
    void refusesBinaryFiles() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        assertThatThrownBy(() -> LedgerFormatDetector.detect(write("image.bin", bytes)))
                .isInstanceOf(BadLedgerFile.class).hasMessageContaining("binary");
    }

    @Test
    void refusesOldExcelAndUtf16Files() throws IOException {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> LedgerFormatDetector.detect(write("old.xls", xls)))
                .isInstanceOf(BadLedgerFile.class).hasMessageContaining(".xls");
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, HEADER.getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> LedgerFormatDetector.detect(write("u16.txt", utf16)))
                .isInstanceOf(BadLedgerFile.class).hasMessageContaining("UTF-16");
    }

    @Test
    void namesTheDelimiterOfSemicolonSeparatedFiles() throws IOException {
        Path file = write("semi.csv", "journal_id;effective_date;gl_account_number;amount\n".getBytes());
        assertThatThrownBy(() -> LedgerFormatDetector.detect(file)).isInstanceOf(BadLedgerFile.class)
                .hasMessageContaining("wrong delimiter").hasMessageContaining("';' (3 times)")
                .hasMessageContaining("journal_id;effective_date");
    }

    @Test
    void namesTheDelimiterOfPipeSeparatedFiles() throws IOException {
        Path file = write("pipe.txt", "journal_id|effective_date|gl_account_number|amount\n".getBytes());
        assertThatThrownBy(() -> LedgerFormatDetector.detect(file)).isInstanceOf(BadLedgerFile.class)
                .hasMessageContaining("'|'");
    }

    @Test
    void refusesTextWithoutDelimiters() throws IOException {
        Path file = write("notes.txt", "Dear auditor\nplease find the ledger attached\n".getBytes());
        assertThatThrownBy(() -> LedgerFormatDetector.detect(file)).isInstanceOf(BadLedgerFile.class)
                .hasMessageContaining("not a delimited file").hasMessageContaining("\"Dear auditor\"");
    }

    @Test
    void ignoresDelimitersInsideQuotedHeaders() throws IOException {
        Path file = write("q.tsv", "\"journal_id, the id\"\teffective_date\taccount\tamount\n".getBytes());
        assertThat(LedgerFormatDetector.detect(file).delimiter()).isEqualTo('\t');
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

}
