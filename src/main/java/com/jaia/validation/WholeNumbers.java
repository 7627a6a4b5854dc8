package com.jaia.validation;

import com.jaia.ledgerfile.Texts;

/**
 * Reads whole numbers such as years, periods and line numbers: ASCII or full-width digits, surrounding spaces.
 */
final class WholeNumbers {

    /** What {@link #parse} returns for text that is no whole number. */
    static final long INVALID = Long.MIN_VALUE;

    private WholeNumbers() {
    }

    static long parse(String text) {
        String value = Texts.trimToNull(text);
        if (value == null || value.length() > 18) {
            return INVALID;
        }
        long number = 0;
        int start = value.charAt(0) == '+' ? 1 : 0;
        if (start == value.length()) {
            return INVALID;
        }
        for (int i = start; i < value.length(); i++) {
            int digit = Texts.digit(value.charAt(i));
            if (digit < 0) {
                return INVALID;
            }
            number = number * 10 + digit;
        }
        return number;
    }

}
