/**
 * Reading ledger files as they arrive, shared by validation, loading and masters: format and encoding detection,
 * the record scanner over CSV and TSV (byte offsets and line numbers included), XLSX conversion and raw records.
 */
package com.jaia.ledgerfile;
