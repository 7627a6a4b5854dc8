package com.jaia.validation;

import com.jaia.ledgerfile.Texts;

/**
 * The per-import settings of row validation. Zero or negative numbers take the defaults.
 *
 * @param fiscalYearStartMonth the month (1..12) period 1 starts in; default 4 (April)
 * @param givenFiscalYear the fiscal year given with the import, or null: it names the year of lines whose file has
 *        none; a line whose own fiscal year differs is rejected (the file's year wins)
 * @param businessUnit the business unit of lines whose file has none (the one given with the import, else the
 *        configured default); the file's own value wins
 * @param maxFieldLength the longest accepted value of an imported column, in characters; default 1000
 * @param rawLineMaxLength how much of a rejected record is kept as its raw line; default 2000
 * @param delimiter the file's delimiter, used to rebuild the raw line of a rejected record
 */
record ValidationRules(int fiscalYearStartMonth, Integer givenFiscalYear, String businessUnit,
        int maxFieldLength, int rawLineMaxLength, char delimiter) {

    public ValidationRules {
        fiscalYearStartMonth = fiscalYearStartMonth <= 0 ? 4 : fiscalYearStartMonth;
        FiscalCalendar.checkMonth(fiscalYearStartMonth);
        maxFieldLength = maxFieldLength <= 0 ? 1000 : maxFieldLength;
        rawLineMaxLength = rawLineMaxLength <= 0 ? 2000 : rawLineMaxLength;
        delimiter = delimiter == '\0' ? ',' : delimiter;
        businessUnit = Texts.trimToNull(businessUnit);
    }

    /** April fiscal years, no given year or business unit, 1000-character fields, comma-delimited. */
    public static ValidationRules defaults() {
        return new ValidationRules(4, null, null, 1000, 2000, ',');
    }

    /** These rules for a file with the given delimiter. */
    public ValidationRules withDelimiter(char newDelimiter) {
        return new ValidationRules(fiscalYearStartMonth, givenFiscalYear, businessUnit, maxFieldLength,
                rawLineMaxLength, newDelimiter);
    }

}
