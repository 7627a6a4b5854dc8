package com.jaia.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/** Reads a generated CSV file back as rows keyed by header, for assertions. */
final class LedgerFile {

    private LedgerFile() {
    }

    static List<Map<String, String>> rows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord record : reader) {
                rows.add(record.getFieldsAsMap());
            }
        }
        return rows;
    }

}
