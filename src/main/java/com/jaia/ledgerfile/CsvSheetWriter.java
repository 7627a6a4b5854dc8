package com.jaia.ledgerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Writes the rows of a sheet as RFC 4180 CSV lines, keeping empty cells in place and padding short rows to the
 * header's width; empty rows are left out.
 */
final class CsvSheetWriter implements SheetContentsHandler {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private int fields;
    private int headerWidth = -1;

    CsvSheetWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void startRow(int rowNum) {
        line.setLength(0);
        fields = 0;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? fields : column(cellReference);
        while (fields < column) {
            separator();
            fields++;
        }
        separator();
        quote(formattedValue == null ? "" : formattedValue);
        fields++;
    }

    @Override
    public void endRow(int rowNum) {
        if (fields == 0) {
            return;
        }
        if (headerWidth < 0) {
            headerWidth = fields;
        }
        while (fields < headerWidth) {
            separator();
            fields++;
        }
        line.append("\r\n");
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void separator() {
        if (fields > 0) {
            line.append(',');
        }
    }

    private void quote(String value) {
        boolean needsQuotes = false;
        for (int i = 0; i < value.length() && !needsQuotes; i++) {
            char c = value.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needsQuotes) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            line.append(c);
            if (c == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }

    /** The 0-based column of a reference such as "AB12". */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

}
