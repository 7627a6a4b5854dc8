package com.jaia.ledgerfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds out how to read a ledger file from its first megabyte: XLSX or delimited text, UTF-8 (with or without BOM) or
 * Shift_JIS (MS932), comma or tab. Fails with {@link BadLedgerFile} for files that cannot be a ledger.
 */
public final class LedgerFormatDetector {

    /** The Windows Shift_JIS variant (CP932) that Japanese accounting software writes. */
    public static final Charset MS932 = EncodingSniffer.MS932;

    static final int SAMPLE_BYTES = 1 << 20;

    private LedgerFormatDetector() {
    }

    /** The format of the file; explicit charset or delimiter overrides win over what the bytes suggest. */
    public static LedgerFormat detect(Path file, Optional<Charset> charsetOverride,
            Optional<Character> delimiterOverride) {
        byte[] sample = readSample(file);
        long size = size(file);
        if (sample.length == 0) {
            throw new BadLedgerFile("the file is empty");
        }
        if (startsWith(sample, 0x50, 0x4B, 0x03, 0x04)) {
            return xlsx(file);
        }
        rejectOtherFormats(sample);
        int offset = startsWith(sample, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String binary = EncodingSniffer.binaryReason(sample, offset, sample.length);
        if (binary != null) {
            throw new BadLedgerFile("the file cannot be read as a ledger: " + binary);
        }
        boolean truncated = size > sample.length;
        Charset charset = charsetOverride.orElseGet(() -> offset == 3 ? StandardCharsets.UTF_8
                : EncodingSniffer.guess(sample, offset, sample.length, truncated));
        String header = HeaderLine.read(sample, offset, truncated, charset);
        char delimiter = delimiterOverride.orElseGet(() -> HeaderLine.delimiter(header));
        return new LedgerFormat(delimiter == '\t' ? LedgerFileKind.TSV : LedgerFileKind.CSV, charset, delimiter,
                offset);
    }

    /** Detection with no overrides. */
    public static LedgerFormat detect(Path file) {
        return detect(file, Optional.empty(), Optional.empty());
    }

    private static LedgerFormat xlsx(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") == null && zip.getEntry("xl/workbook.bin") == null) {
                throw new BadLedgerFile("the file is a ZIP archive but not an Excel workbook (.xlsx); "
                        + "unpack it or export the ledger as CSV, TSV or XLSX");
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new BadLedgerFile("the file is a binary Excel workbook (.xlsb); save it as .xlsx or CSV");
            }
        } catch (ZipException e) {
            throw new BadLedgerFile("the file starts like a ZIP/XLSX archive but is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LedgerFormat(LedgerFileKind.XLSX, StandardCharsets.UTF_8, ',', 0);
    }

    private static void rejectOtherFormats(byte[] sample) {
        if (startsWith(sample, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new BadLedgerFile("the file is an old Excel .xls (OLE2) document; save it as .xlsx or CSV");
        }
        if (startsWith(sample, 0xFF, 0xFE) || startsWith(sample, 0xFE, 0xFF)) {
            throw new BadLedgerFile("the file is UTF-16 text (Excel \"Unicode text\"); save it as UTF-8 or "
                    + "Shift_JIS CSV/TSV");
        }
        if (startsWith(sample, '%', 'P', 'D', 'F')) {
            throw new BadLedgerFile("the file is a PDF document, not CSV/TSV text or an Excel workbook");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readSample(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
