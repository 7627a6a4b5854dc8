package com.jaia.masters;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jaia.validation.DelimitedRecordScanner;
import com.jaia.validation.RawRecord;

/**
 * Reads a master file through the same byte-level record scanner as ledgers, whatever its encoding, delimiter or
 * whether it is a workbook.
 */
final class MasterFileReader implements Closeable {

    private final DelimitedRecordScanner scanner;

    private final Path converted;

    private final MasterFileFormat format;

    private MasterFileReader(DelimitedRecordScanner scanner, Path converted, MasterFileFormat format) {
        this.scanner = scanner;
        this.converted = converted;
        this.format = format;
    }

    static MasterFileReader open(Path file) throws IOException {
        MasterFileFormat format = MasterFileFormat.detect(file);
        Path source = file;
        Path converted = null;
        if (format.xlsx()) {
            converted = Files.createTempFile("jaia-master-", ".csv");
            try {
                MasterWorkbook.toCsv(file, converted);
            }
            catch (IOException e) {
                Files.deleteIfExists(converted);
                throw e;
            }
            source = converted;
        }
        return new MasterFileReader(new DelimitedRecordScanner(source, format.charset(), format.delimiter(),
                format.dataOffset(), Long.MAX_VALUE, 1), converted, format);
    }

    MasterFileFormat format() {
        return format;
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
