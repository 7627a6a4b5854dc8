package com.jaia.intake;

import java.util.List;

import com.jaia.loading.ImportLedgerEntry;
import com.jaia.rules.RecordedLedgerProfile;

/**
 * One import as {@code GET /api/v1/imports/{importId}} shows it: its ledger row, why rows were rejected, which amounts
 * were normalised, and what the ledger said about itself when the rules ran.
 *
 * @param ledgerEntry the row of the imports ledger: file, rows and journals loaded and rejected, debit and credit totals
 * @param rejectsByReason rejected rows per reason code, most frequent first
 * @param amountNormalisation amounts read with floating-point noise and loaded rounded
 * @param ledgerProfile the ledger profile of the latest rules run for this import, or null before the rules ran
 */
record ImportDetail(ImportLedgerEntry ledgerEntry, List<RejectCount> rejectsByReason,
        AmountNormalisation amountNormalisation, RecordedLedgerProfile ledgerProfile) {

    /**
     * Rejected rows of one reason.
     *
     * @param reasonCode the reason code, e.g. {@code BAD_AMOUNT}
     * @param rows how many rows
     */
    record RejectCount(String reasonCode, long rows) {
    }

    /**
     * Amounts written with floating-point noise (e.g. {@code 8131.200000000001}).
     *
     * @param lines valid lines with such an amount, loaded rounded to the currency's decimals; null for imports
     *        recorded before they were counted
     * @param how what the normalisation does and how the totals reconcile
     */
    record AmountNormalisation(Long lines, String how) {
    }

}
