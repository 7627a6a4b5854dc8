package com.jaia.validation;

/**
 * The per-import settings of row validation. Zero or negative numbers take the defaults.
 *
 * @param fiscalYearStartMonth the month (1..12) period 1 starts in; default 4 (April)
 * @param fiscalYearOverride the fiscal year to record on every line, or null to use the file's or derive it
 * @param businessUnitOverride the business unit to record on every line, or null to use the file's column
 * @param maxFieldLength the longest accepted value of an imported column, in characters; default 1000
 * @param rawLineMaxLength how much of a rejected record is kept as its raw line; default 2000
 * @param delimiter the file's delimiter, used to rebuild the raw line of a rejected record
 */
public record ValidationRules(int fiscalYearStartMonth, Integer fiscalYearOverride, String businessUnitOverride,
        int maxFieldLength, int rawLineMaxLength, char delimiter) {

    public ValidationRules {
        fiscalYearStartMonth = fiscalYearStartMonth <= 0 ? 4 : fiscalYearStartMonth;
        FiscalCalendar.checkMonth(fiscalYearStartMonth);
        maxFieldLength = maxFieldLength <= 0 ? 1000 : maxFieldLength;
        rawLineMaxLength = rawLineMaxLength <= 0 ? 2000 : rawLineMaxLength;
        delimiter = delimiter == '\0' ? ',' : delimiter;
        businessUnitOverride = Texts.trimToNull(businessUnitOverride);
    }

    /** April fiscal years, no overrides, 1000-character fields, comma-delimited. */
    public static ValidationRules defaults() {
        return new ValidationRules(4, null, null, 1000, 2000, ',');
    }

    /** These rules for a file with the given delimiter. */
    public ValidationRules withDelimiter(char newDelimiter) {
        return new ValidationRules(fiscalYearStartMonth, fiscalYearOverride, businessUnitOverride, maxFieldLength,
                rawLineMaxLength, newDelimiter);
    }

}
