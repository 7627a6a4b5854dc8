package com.jaia.ledgerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedRecordScannerTests {

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsWithDelimitersQuotesAndNewlines() throws IOException {
        Path file = write("a,b,c\n1,\"x, \"\"y\"\"\nz\",3\r\n2,,\"\"\n", StandardCharsets.UTF_8);
        List<RawRecord> records = readAll(file, StandardCharsets.UTF_8, ',', 0, Long.MAX_VALUE, 1);
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("1", "x, \"y\"\nz", "3");
        assertThat(records.get(1).lineNumber()).isEqualTo(2);
        assertThat(records.get(2).fields()).containsExactly("2", "", "");
        assertThat(records.get(2).lineNumber()).isEqualTo(4);
        assertThat(records.get(2).offset()).isEqualTo(Files.readString(file).indexOf("2,,"));
    }

    @Test
    void keepsCarriageReturnsOutOfValuesAndReadsALastLineWithoutNewline() throws IOException {
        Path file = write("a\tb\r\n1\t\"q\"\r\n2\tlast", StandardCharsets.UTF_8);
        List<RawRecord> records = readAll(file, StandardCharsets.UTF_8, '\t', 0, Long.MAX_VALUE, 1);
        assertThat(records).extracting(r -> String.join("|", r.fields())).containsExactly("a|b", "1|q", "2|last");
    }

    @Test
    void skipsBlankLinesButCountsThem() throws IOException {
        Path file = write("h\n\n1\n\r\n2\n", StandardCharsets.UTF_8);
        List<RawRecord> records = readAll(file, StandardCharsets.UTF_8, ',', 0, Long.MAX_VALUE, 1);
        assertThat(records).extracting(RawRecord::lineNumber).containsExactly(1L, 3L, 5L);
    }

    @Test
    void decodesShiftJisFieldsCutFromBytes() throws IOException {
        Charset sjis = Charset.forName("MS932");
        Path file = write("伝票番号,摘要\nJ1,\"売上計上,ソフト\"\nJ2,表示\n", sjis);
        List<RawRecord> records = readAll(file, sjis, ',', 0, Long.MAX_VALUE, 1);
        assertThat(records.get(0).fields()).containsExactly("伝票番号", "摘要");
        assertThat(records.get(1).fields()).containsExactly("J1", "売上計上,ソフト");
        assertThat(records.get(2).fields()).containsExactly("J2", "表示");
    }

    @Test
    void resumesFromARecordedPosition() throws IOException {
        Path file = write("h\n1\n\"2\n2\"\n3\n", StandardCharsets.UTF_8);
        long position;
        long line;
        try (DelimitedRecordScanner scanner = new DelimitedRecordScanner(file, StandardCharsets.UTF_8, ',', 0,
                Long.MAX_VALUE, 1)) {
            scanner.next();
            scanner.next();
            scanner.next();
            position = scanner.position();
            line = scanner.lineNumber();
        }
        List<RawRecord> rest = readAll(file, StandardCharsets.UTF_8, ',', position, Long.MAX_VALUE, line);
        assertThat(rest).hasSize(1);
        assertThat(rest.get(0).fields()).containsExactly("3");
        assertThat(rest.get(0).lineNumber()).isEqualTo(5);
    }

    @Test
    void readsAVeryLongField() throws IOException {
        String longText = "x".repeat(3_000_000);
        Path file = write("a,b\n1," + longText + "\n2,y\n", StandardCharsets.UTF_8);
        List<RawRecord> records = readAll(file, StandardCharsets.UTF_8, ',', 0, Long.MAX_VALUE, 1);
        assertThat(records.get(1).fields()[1]).hasSize(3_000_000);
        assertThat(records.get(2).fields()).containsExactly("2", "y");
    }

    private Path write(String text, Charset charset) throws IOException {
        Path file = dir.resolve("f" + System.nanoTime() + ".csv");
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private static List<RawRecord> readAll(Path file, Charset charset, char delimiter, long start, long end, long line)
            throws IOException {
        List<RawRecord> records = new ArrayList<>();
        try (DelimitedRecordScanner scanner = new DelimitedRecordScanner(file, charset, delimiter, start, end, line)) {
            for (RawRecord record = scanner.next(); record != null; record = scanner.next()) {
                records.add(record);
            }
        }
        return records;
    }

}
