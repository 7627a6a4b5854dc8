package com.jaia.ledgerfile;

/**
 * The physical kinds of ledger file the import reads.
 */
public enum LedgerFileKind {

    /** Delimited text with commas (or an explicitly chosen delimiter). */
    CSV,
    /** Tab-separated text. */
    TSV,
    /** An Excel workbook; its first sheet is converted to a UTF-8 CSV before scanning. */
    XLSX

}
