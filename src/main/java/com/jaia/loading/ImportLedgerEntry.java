package com.jaia.loading;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of the {@code imports} ledger: a file whose rows were loaded, and how they reconcile. {@code amountsNormalised}
 * counts the valid lines whose amount was written with floating-point noise and loaded rounded to the currency's
 * decimals (null for imports recorded before it was counted).
 */
public record ImportLedgerEntry(long importId, Long jobExecutionId, String fileName, String fileSha256,
        Long fileSize, String fileFormat, String fileEncoding, String businessUnitCode, String status, long rowsRead,
        long rowsLoaded, long rowsRejected, long journalsLoaded, long journalsRejected, BigDecimal debitTotal,
        BigDecimal creditTotal, long unknownAccounts, String fiscalYears, String ignoredColumns,
        LocalDateTime startedAt, LocalDateTime loadedAt, Long amountsNormalised) {
}
