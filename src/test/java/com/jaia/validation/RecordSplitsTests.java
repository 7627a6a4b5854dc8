package com.jaia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.jaia.ledgerfile.DelimitedRecordScanner;
import com.jaia.ledgerfile.RawRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSplitsTests {

    @TempDir
    Path dir;

    @Test
    void splitsCoverEveryRecordExactlyOnceEvenAcrossQuotedNewlines() throws IOException {
        StringBuilder text = new StringBuilder("id,text\n");
        for (int i = 0; i < 400_000; i++) {
            text.append(i).append(i % 7 == 0 ? ",\"multi\nline, quoted\"\n" : ",plain\n");
        }
        Path file = write(text.toString());
        List<RecordSplits.Split> splits = RecordSplits.find(file, StandardCharsets.UTF_8, ',', 8, 2, 3, 0);
        assertThat(splits).hasSize(3);
        List<RawRecord> all = new ArrayList<>();
        for (RecordSplits.Split split : splits) {
            all.addAll(readAll(file, StandardCharsets.UTF_8, ',', split.start(), split.end(), split.startLine()));
        }
        assertThat(all).hasSize(400_000);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).fields()[0]).isEqualTo(Integer.toString(i));
        }
        RawRecord last = all.get(all.size() - 1);
        assertThat(last.lineNumber()).isEqualTo(text.toString().lines().count());
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("f" + System.nanoTime() + ".csv");
        Files.writeString(file, text);
        return file;
    }

    private static List<RawRecord> readAll(Path file, Charset charset, char delimiter, long start,
            long end, long line) throws IOException {
        List<RawRecord> records = new ArrayList<>();
        try (DelimitedRecordScanner scanner = new DelimitedRecordScanner(file, charset, delimiter, start, end, line)) {
            for (RawRecord record = scanner.next(); record != null; record = scanner.next()) {
                records.add(record);
            }
        }
        return records;
    }

}
