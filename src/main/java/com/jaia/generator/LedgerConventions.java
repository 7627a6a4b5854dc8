package com.jaia.generator;

import java.time.LocalDate;

/**
 * How a profile's ledger writes what it is: business unit, currency and minor units, how its fiscal year is named and
 * its periods numbered, and which columns it fills.
 *
 * @param businessUnit the {@code business_unit_code} of every line
 * @param currency the ISO currency code of every amount
 * @param minorDigits the currency's decimals (0 for JPY, 2 for USD)
 * @param startMonth the first month of the fiscal year (1 = calendar year)
 * @param labelledByEndYear true when a fiscal year is named after the year it ends in (FY2024 = April 2023 to March
 *        2024), false when named after the year it starts in
 * @param calendarMonthPeriods true when {@code accounting_period} is the calendar month, false when it counts from the
 *        first month of the fiscal year
 * @param users true when preparer, approver and modifier columns are filled
 * @param descriptions true when line descriptions are filled
 * @param exportTimestamp true when {@code last_modified_date} is the moment of the export, after every approval,
 *        rather than the entry date
 */
record LedgerConventions(String businessUnit, String currency, int minorDigits, int startMonth,
        boolean labelledByEndYear, boolean calendarMonthPeriods, boolean users, boolean descriptions,
        boolean exportTimestamp) {

    /** The fiscal year a date belongs to, named as this ledger names it. */
    int fiscalYearOf(LocalDate date) {
        int startYear = date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
        return labelledByEndYear && startMonth != 1 ? startYear + 1 : startYear;
    }

    /** The {@code accounting_period} of a date: calendar month, or month of the fiscal year. */
    int periodOf(LocalDate date) {
        int month = date.getMonthValue();
        return calendarMonthPeriods ? month : (month - startMonth + 12) % 12 + 1;
    }

    /** The first day of the fiscal year named {@code fiscalYear}. */
    LocalDate firstDay(int fiscalYear) {
        int startYear = labelledByEndYear && startMonth != 1 ? fiscalYear - 1 : fiscalYear;
        return LocalDate.of(startYear, startMonth, 1);
    }

    /** The last day of the fiscal year named {@code fiscalYear}. */
    LocalDate lastDay(int fiscalYear) {
        return firstDay(fiscalYear).plusYears(1).minusDays(1);
    }

}
