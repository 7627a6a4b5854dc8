package com.jaia.ledgerfile;

import java.nio.charset.Charset;

/**
 * How to read a ledger file: its kind, text encoding, field delimiter and the number of bytes to skip at the start
 * (3 for a UTF-8 byte order mark). For XLSX the charset and delimiter describe the CSV it is converted to.
 *
 * @param kind CSV, TSV or XLSX
 * @param charset the text encoding (UTF-8 or MS932)
 * @param delimiter the field delimiter
 * @param dataOffset bytes to skip before the header line
 */
public record LedgerFormat(LedgerFileKind kind, Charset charset, char delimiter, long dataOffset) {
}
