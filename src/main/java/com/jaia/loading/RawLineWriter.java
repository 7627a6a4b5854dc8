package com.jaia.loading;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jaia.ledgerfile.DelimitedRecordScanner;
import com.jaia.ledgerfile.RawRecord;

/**
 * Fetches the original text of lines by their byte offsets in the source file, for the journals the load rejects as a
 * whole, and writes them as a two-column CSV (line number, text) for DuckDB to join.
 */
final class RawLineWriter {

    private RawLineWriter() {
    }

    static void write(List<long[]> lineOffsets, LoadRequest request, Path out) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (lineOffsets.isEmpty()) {
                return;
            }
            try (DelimitedRecordScanner scanner = new DelimitedRecordScanner(request.source(), request.charset(),
                    request.delimiter(), 0, Long.MAX_VALUE, 1)) {
                for (long[] lineOffset : lineOffsets) {
                    scanner.seek(lineOffset[1], lineOffset[0]);
                    RawRecord record = scanner.next();
                    String text = record == null ? "" : record.rawLine(request.delimiter(), request.rawLineMaxLength());
                    writer.append(Long.toString(lineOffset[0])).append(",\"")
                        .append(text.replace("\"", "\"\"")).append("\"\n");
                }
            }
        }
    }

}
