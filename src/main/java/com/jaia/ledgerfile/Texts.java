package com.jaia.ledgerfile;

/**
 * Allocation-light text helpers for the hot path: trimming that knows full-width spaces, and folding full-width ASCII
 * (digits, letters, punctuation) to half-width.
 */
public final class Texts {

    private Texts() {
    }

    /** True for ASCII whitespace, the no-break space, the ideographic (full-width) space and the BOM. */
    public static boolean isSpace(char c) {
        return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u2007' || c == '\u202F';
    }

    /** The value trimmed of spaces (including full-width ones); null when null or only spaces. */
    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        int start = contentStart(value);
        int end = contentEnd(value, start);
        if (start == end) {
            return null;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    /** Where the value's text starts once leading spaces are skipped: its length when it is only spaces. */
    public static int contentStart(String value) {
        int start = 0;
        while (start < value.length() && isSpace(value.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the value's text ends once trailing spaces are dropped, never before {@code start}. */
    public static int contentEnd(String value, int start) {
        int end = value.length();
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** True when the value is null or only spaces. */
    public static boolean isBlank(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isSpace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A code (account, journal id, department...) trimmed, with full-width ASCII folded; null when blank. */
    public static String code(String value) {
        String trimmed = trimToNull(value);
        if (trimmed == null) {
            return null;
        }
        int first = firstFullWidth(trimmed);
        if (first < 0) {
            return trimmed;
        }
        char[] chars = trimmed.toCharArray();
        for (int i = first; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    /** The half-width form of a full-width ASCII character (U+FF01..U+FF5E), else the character itself. */
    public static char fold(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    /** The value of an ASCII or full-width decimal digit, or -1. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    /** The value cut to {@code max} characters with an ellipsis, for quoting in messages. */
    public static String excerpt(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max) + "…";
    }

    private static int firstFullWidth(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                return i;
            }
        }
        return -1;
    }

}
