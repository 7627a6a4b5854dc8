/**
 * {@code loadJournalStep}: moves an import's staged rows into {@code journal_entries} and {@code rejected_rows} in one
 * DuckDB transaction, after the checks that need whole journals, and records the import in the {@code imports} ledger.
 */
package com.jaia.loading;
