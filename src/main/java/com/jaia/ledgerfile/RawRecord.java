package com.jaia.ledgerfile;

/**
 * One record of a ledger file as it was read: its fields, undecoded by meaning, and where it starts.
 *
 * @param lineNumber the 1-based physical line of the file where the record starts (the header is line 1)
 * @param fields the field values, unquoted
 * @param offset the byte offset in the file where the record starts (-1 when unknown)
 */
public record RawRecord(long lineNumber, String[] fields, long offset) {

    public RawRecord(long lineNumber, String[] fields) {
        this(lineNumber, fields, -1);
    }

    /** The record as one line for an auditor to read, cut to {@code maxLength} characters. */
    public String rawLine(char delimiter, int maxLength) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length && line.length() <= maxLength; i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            line.append(fields[i]);
        }
        return line.length() > maxLength ? line.substring(0, maxLength) + "…" : line.toString();
    }

}
