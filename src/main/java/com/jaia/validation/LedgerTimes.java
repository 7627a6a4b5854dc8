package com.jaia.validation;

import java.time.LocalTime;

import com.jaia.ledgerfile.Texts;

/**
 * Reads times of day by hand: H:mm, HH:mm, HH:mm:ss (with optional fraction, which is dropped), HHmmss and HHmm,
 * half- or full-width, and the time part of a date-time such as 2024-04-01T10:30:00 or 2024/04/01 10:30.
 */
final class LedgerTimes {

    private static final int EMPTY = -2;
    private static final int NOT_A_TIME = -1;

    private LedgerTimes() {
    }

    /** The time, or null when the text is blank or not a time (see {@link #problem}). */
    public static LocalTime parse(String text) {
        int seconds = scan(text, false);
        return seconds < 0 ? null : LocalTime.ofSecondOfDay(seconds);
    }

    /** The time part of a date-time text such as {@code 2024/04/01 10:30}, or null when it has none. */
    public static LocalTime timeOfDateTime(String text) {
        int seconds = scan(text, true);
        return seconds < 0 ? null : LocalTime.ofSecondOfDay(seconds);
    }

    /** Why the text is not a time, as a phrase following the quoted value; null when it is one. */
    public static String problem(String text) {
        int seconds = scan(text, false);
        if (seconds == EMPTY) {
            return "is empty";
        }
        return seconds < 0 ? "is not a time (expected HH:mm, HH:mm:ss or HHmmss)" : null;
    }

    private static int scan(String text, boolean dateTimeOnly) {
        if (Texts.isBlank(text)) {
            return EMPTY;
        }
        int start = Texts.contentStart(text);
        int end = Texts.contentEnd(text, start);
        int timeStart = afterDatePart(text, start, end);
        if (dateTimeOnly && timeStart == start) {
            return NOT_A_TIME;
        }
        return clock(text, timeStart, end);
    }

    /** Where the time starts: after a leading date (8+ characters) and 'T' or spaces, else {@code start}. */
    private static int afterDatePart(String text, int start, int end) {
        int i = start;
        while (i < end && !LedgerDates.isTimeSeparator(text.charAt(i))) {
            i++;
        }
        if (i == end || i - start < 8) {
            return start;
        }
        while (i < end && LedgerDates.isTimeSeparator(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int clock(String text, int start, int end) {
        int run = start;
        while (run < end && Texts.digit(text.charAt(run)) >= 0) {
            run++;
        }
        int digits = run - start;
        if (run == end && (digits == 6 || digits == 4)) {
            int hour = twoDigits(text, start);
            int minute = twoDigits(text, start + 2);
            int second = digits == 6 ? twoDigits(text, start + 4) : 0;
            return seconds(hour, minute, second);
        }
        if (digits < 1 || digits > 2 || run == end || !isColon(text.charAt(run))) {
            return NOT_A_TIME;
        }
        int hour = digits == 1 ? Texts.digit(text.charAt(start)) : twoDigits(text, start);
        int pos = run + 1;
        if (end - pos < 2) {
            return NOT_A_TIME;
        }
        int minute = twoDigits(text, pos);
        pos += 2;
        int second = 0;
        if (pos < end) {
            if (!isColon(text.charAt(pos)) || end - pos < 3) {
                return NOT_A_TIME;
            }
            second = twoDigits(text, pos + 1);
            pos += 3;
            if (pos < end && !fraction(text, pos, end)) {
                return NOT_A_TIME;
            }
        }
        return seconds(hour, minute, second);
    }

    private static boolean fraction(String text, int pos, int end) {
        if (text.charAt(pos) != '.' || pos + 1 == end) {
            return false;
        }
        for (int i = pos + 1; i < end; i++) {
            if (Texts.digit(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '：';
    }

    private static int twoDigits(String text, int pos) {
        int high = Texts.digit(text.charAt(pos));
        int low = Texts.digit(text.charAt(pos + 1));
        return high < 0 || low < 0 ? 99 : high * 10 + low;
    }

    private static int seconds(int hour, int minute, int second) {
        if (hour > 23 || minute > 59 || second > 59) {
            return NOT_A_TIME;
        }
        return hour * 3600 + minute * 60 + second;
    }

}
