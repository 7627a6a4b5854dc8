package com.jaia.validation;

import java.time.LocalDate;

import com.jaia.ledgerfile.Texts;

/**
 * Reads dates by hand, without regex or exceptions: ISO yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd (one- or two-digit month
 * and day), yyyyMMdd, yyyy年M月d日, Japanese era dates (令和6年4月1日, R6.4.1, H31.4.30, 平成元年5月1日, S64.1.7) and
 * date-times (2024-04-01T10:30:00, 2024/04/01 10:30), whose time part is ignored. Full-width digits are read too.
 * Years outside 1900..2999 are refused as typos.
 */
final class LedgerDates {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2999;

    private LedgerDates() {
    }

    /** The date, or null when the text is blank or not a date (see {@link #problem}). */
    public static LocalDate parse(String text) {
        long packed = DateScanner.scan(text);
        if (packed < 0) {
            return null;
        }
        return LocalDate.of((int) (packed / 10000), (int) (packed / 100 % 100), (int) (packed % 100));
    }

    /** Why the text is not a date, as a phrase following the quoted value; null when it is one. */
    public static String problem(String text) {
        long packed = DateScanner.scan(text);
        if (packed == DateScanner.EMPTY) {
            return "is empty";
        }
        if (packed == DateScanner.NO_SUCH_DAY) {
            return "is not a real calendar date";
        }
        if (packed == DateScanner.YEAR_OUT_OF_RANGE) {
            return "has a year outside " + MIN_YEAR + ".." + MAX_YEAR;
        }
        if (packed == DateScanner.OUTSIDE_ERA) {
            return "is not within that Japanese era";
        }
        if (packed < 0) {
            return "is not a date (expected e.g. 2024-04-01, 2024/4/1, 20240401, 2024年4月1日 or 令和6年4月1日)";
        }
        return null;
    }

    /** True for ISO dates and date-times whose time part starts at {@code index} ('T' or a space). */
    static boolean isTimeSeparator(char c) {
        return c == 'T' || c == 't' || Texts.isSpace(c);
    }

}
