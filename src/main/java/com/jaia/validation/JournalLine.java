package com.jaia.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A validated, normalised journal line: one row of {@code journal_entries} (without the import id).
 * Amounts are unsigned with two decimals; {@code side} is 'D' or 'C'; optional values are null when absent;
 * {@code amountNormalised} says that an amount was written with floating-point noise and rounded to the currency's
 * decimals.
 */
public record JournalLine(long lineNumber, String glDetailId, String businessUnitCode, int fiscalYear,
        int accountingPeriod, String journalId, Integer journalLineNumber, LocalDate effectiveDate, LocalDate entryDate,
        LocalTime entryTime, String accountNumber, BigDecimal amount, String amountCurrency,
        BigDecimal functionalAmount, char side, String description, String source, String vendorCode, String deptCode,
        String preparedBy, String approvedBy, LocalDate approvedDate, String lastModifiedBy,
        LocalDate lastModifiedDate, boolean amountNormalised) implements ValidatedLine {
}
