package com.jaia.validation;

import com.jaia.ledgerfile.Texts;

/**
 * The hand-written date reader behind {@link LedgerDates}: returns yyyymmdd packed in a long, or a negative code.
 */
final class DateScanner {

    static final long NOT_A_DATE = -1;
    static final long NO_SUCH_DAY = -2;
    static final long YEAR_OUT_OF_RANGE = -3;
    static final long OUTSIDE_ERA = -4;
    static final long EMPTY = -5;

    /** Era names, letters, the year before year 1, and first days (yyyymmdd); the next era's start ends each. */
    private static final String[] ERA_NAMES = {"明治", "大正", "昭和", "平成", "令和"};
    private static final char[] ERA_LETTERS = {'M', 'T', 'S', 'H', 'R'};
    private static final int[] ERA_OFFSETS = {1867, 1911, 1925, 1988, 2018};
    private static final int[] ERA_STARTS = {18680101, 19120730, 19261225, 19890108, 20190501, 99991231};

    private final String text;
    private int pos;
    private final int end;

    private DateScanner(String text, int start, int end) {
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    static long scan(String text) {
        if (Texts.isBlank(text)) {
            return EMPTY;
        }
        int start = Texts.contentStart(text);
        int end = Texts.contentEnd(text, start);
        DateScanner scanner = new DateScanner(text, start, end);
        return Texts.digit(text.charAt(start)) >= 0 ? scanner.gregorian() : scanner.era();
    }

    private long gregorian() {
        int digits = pos;
        long year = number(8);
        digits = pos - digits;
        if (digits == 8 && atEndOrTime()) {
            return valid((int) (year / 10000), (int) (year / 100 % 100), (int) (year % 100));
        }
        if (digits != 4) {
            return NOT_A_DATE;
        }
        return monthAndDay((int) year);
    }

    private long era() {
        int era = eraIndex();
        if (era < 0) {
            return NOT_A_DATE;
        }
        int yearOfEra;
        if (pos < end && text.charAt(pos) == '元') {
            pos++;
            yearOfEra = 1;
        } else {
            int before = pos;
            yearOfEra = (int) number(2);
            if (pos == before || yearOfEra == 0) {
                return NOT_A_DATE;
            }
        }
        long date = monthAndDay(ERA_OFFSETS[era] + yearOfEra);
        if (date >= 0 && (date < ERA_STARTS[era] || date >= ERA_STARTS[era + 1])) {
            return OUTSIDE_ERA;
        }
        return date;
    }

    private int eraIndex() {
        for (int i = 0; i < ERA_NAMES.length; i++) {
            if (text.startsWith(ERA_NAMES[i], pos)) {
                pos += 2;
                return i;
            }
        }
        char letter = Character.toUpperCase(Texts.fold(text.charAt(pos)));
        for (int i = 0; i < ERA_LETTERS.length; i++) {
            if (ERA_LETTERS[i] == letter) {
                pos++;
                return i;
            }
        }
        return -1;
    }

    private long monthAndDay(int year) {
        if (pos >= end) {
            return NOT_A_DATE;
        }
        char separator = Texts.fold(text.charAt(pos++));
        boolean kanji = separator == '年';
        if (!kanji && separator != '-' && separator != '/' && separator != '.') {
            return NOT_A_DATE;
        }
        int before = pos;
        int month = (int) number(2);
        if (pos == before || pos >= end || !expect(kanji ? '月' : separator)) {
            return NOT_A_DATE;
        }
        before = pos;
        int day = (int) number(2);
        if (pos == before || (kanji && !expect('日')) || !atEndOrTime()) {
            return NOT_A_DATE;
        }
        return valid(year, month, day);
    }

    private boolean expect(char c) {
        if (pos < end && Texts.fold(text.charAt(pos)) == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** True at the end, or where a time part follows ('T' or spaces, then a digit). */
    private boolean atEndOrTime() {
        if (pos == end) {
            return true;
        }
        if (!LedgerDates.isTimeSeparator(text.charAt(pos))) {
            return false;
        }
        int i = pos + 1;
        while (i < end && Texts.isSpace(text.charAt(i))) {
            i++;
        }
        return i < end && Texts.digit(text.charAt(i)) >= 0;
    }

    private long number(int maxDigits) {
        long value = 0;
        int count = 0;
        while (pos < end && count < maxDigits) {
            int digit = Texts.digit(text.charAt(pos));
            if (digit < 0) {
                break;
            }
            value = value * 10 + digit;
            pos++;
            count++;
        }
        return value;
    }

    private static long valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return NO_SUCH_DAY;
        }
        if (year < LedgerDates.MIN_YEAR || year > LedgerDates.MAX_YEAR) {
            return YEAR_OUT_OF_RANGE;
        }
        return year * 10000L + month * 100L + day;
    }

    private static int monthLength(int year, int month) {
        if (month == 2) {
            boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

}
