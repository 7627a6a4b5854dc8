package com.jaia.validation;

import java.time.LocalDate;

/**
 * Fiscal year and accounting period of a date, for a fiscal year starting on the first day of a given month. The
 * fiscal year is named by the calendar year in which it starts; period 1 is the start month.
 */
final class FiscalCalendar {

    private FiscalCalendar() {
    }

    /** The fiscal year containing the date, e.g. 2025-03-31 with an April start is in fiscal year 2024. */
    public static int fiscalYear(LocalDate date, int startMonth) {
        checkMonth(startMonth);
        return date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
    }

    /** The accounting period 1..12 of the date, e.g. 2024-04-01 with an April start is period 1. */
    public static int period(LocalDate date, int startMonth) {
        checkMonth(startMonth);
        return (date.getMonthValue() - startMonth + 12) % 12 + 1;
    }

    static void checkMonth(int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("the fiscal year start month must be 1..12, not " + startMonth);
        }
    }

}
