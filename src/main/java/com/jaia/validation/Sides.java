package com.jaia.validation;

import com.jaia.ledgerfile.Texts;

/**
 * Reads a debit/credit indicator: D/C, Dr/Cr, Debit/Credit (any case), 借/貸, 借方/貸方, 1/2 (half- or full-width).
 */
final class Sides {

    /** What {@link #parse} returns for text that is no indicator. */
    public static final char UNKNOWN = '\0';

    private Sides() {
    }

    /** 'D' for debit, 'C' for credit, {@link #UNKNOWN} when the text is blank or not an indicator. */
    public static char parse(String text) {
        String value = Texts.trimToNull(text);
        if (value == null) {
            return UNKNOWN;
        }
        if (value.length() == 1) {
            return single(Texts.fold(value.charAt(0)));
        }
        if (value.equals("借方")) {
            return 'D';
        }
        if (value.equals("貸方")) {
            return 'C';
        }
        if (value.equalsIgnoreCase("dr") || value.equalsIgnoreCase("debit") || value.equalsIgnoreCase("ｄｒ")) {
            return 'D';
        }
        if (value.equalsIgnoreCase("cr") || value.equalsIgnoreCase("credit") || value.equalsIgnoreCase("ｃｒ")) {
            return 'C';
        }
        return UNKNOWN;
    }

    /** The accepted indicators, for messages. */
    public static String describeExpected() {
        return "D/C, 借/貸, 借方/貸方, Debit/Credit or 1/2";
    }

    private static char single(char c) {
        switch (c) {
            case 'D', 'd', '借', '1':
                return 'D';
            case 'C', 'c', '貸', '2':
                return 'C';
            default:
                return UNKNOWN;
        }
    }

}
