package com.jaia.masters;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jaia.ledgerfile.DelimitedRecordScanner;
import com.jaia.ledgerfile.LedgerFileKind;
import com.jaia.ledgerfile.LedgerFormat;
import com.jaia.ledgerfile.LedgerFormatDetector;
import com.jaia.ledgerfile.RawRecord;
import com.jaia.ledgerfile.XlsxLedgerConverter;

/**
 * Reads a master file the way ledgers are read: the ledger format detector finds its kind, encoding and delimiter
 * (CSV or TSV in UTF-8 or Shift_JIS, or an XLSX workbook converted to CSV first) and the byte-level record scanner
 * cuts its records.
 */
record MasterFileReader(DelimitedRecordScanner scanner, Path converted) implements Closeable {

    /** Opens the file; fails with {@link com.jaia.ledgerfile.BadLedgerFile} when it is no readable table. */
    static MasterFileReader open(Path file) throws IOException {
        LedgerFormat format = LedgerFormatDetector.detect(file);
        if (format.kind() != LedgerFileKind.XLSX) {
            return new MasterFileReader(new DelimitedRecordScanner(file, format.charset(), format.delimiter(),
                    format.dataOffset(), Long.MAX_VALUE, 1), null);
        }
        Path converted = Files.createTempFile("jaia-master-", ".csv");
        try {
            XlsxLedgerConverter.toCsv(file, converted);
            return new MasterFileReader(
                    new DelimitedRecordScanner(converted, StandardCharsets.UTF_8, ',', 0, Long.MAX_VALUE, 1),
                    converted);
        }
        catch (IOException | RuntimeException e) {
            Files.deleteIfExists(converted);
            throw e;
        }
    }

    /** The next record (the first one is the header); null at the end. */
    RawRecord next() throws IOException {
        return scanner.next();
    }

    @Override
    public void close() throws IOException {
        try {
            scanner.close();
        }
        finally {
            if (converted != null) {
                Files.deleteIfExists(converted);
            }
        }
    }

}
