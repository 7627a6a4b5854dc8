package com.jaia.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.jaia.ledgerfile.Texts;

/**
 * Reads amounts as accountants write them: thousands separators, full-width digits, currency signs and codes
 * (¥ ￥ $ € JPY 円 ...), spaces (also between digit groups), and negatives as ASCII, Unicode or full-width minus, △/▲, a trailing minus or
 * parentheses. Values must fit DECIMAL(18,2): at most 16 integer digits and 2 decimals (further zeros are fine).
 * A value with more decimals is accepted only as floating-point noise ({@link #scanNoisy}): within {@link #NOISE} of an
 * amount with the currency's decimals, e.g. {@code 8131.200000000001} for 8131.20.
 */
final class Amounts {

    static final long EMPTY = Long.MIN_VALUE;
    static final long NOT_A_NUMBER = Long.MIN_VALUE + 1;
    static final long TOO_MANY_DECIMALS = Long.MIN_VALUE + 2;
    static final long TOO_LARGE = Long.MIN_VALUE + 3;

    private static final int MAX_INTEGER_DIGITS = 16;

    /** How far a floating-point rendering may lie from the amount it stands for: one millionth. */
    public static final BigDecimal NOISE = new BigDecimal("0.000001");

    private Amounts() {
    }

    /** The signed amount with scale 2, or null when the text is blank or not a valid amount (see {@link #problem}). */
    public static BigDecimal parse(String text) {
        long cents = scan(text);
        return isValid(cents) ? BigDecimal.valueOf(cents, 2) : null;
    }

    /** Why the text is not a valid amount, as a phrase following the quoted value; null when it is one. */
    public static String problem(String text) {
        long cents = scan(text);
        if (cents == EMPTY) {
            return "is empty";
        }
        if (cents == NOT_A_NUMBER) {
            return "is not an amount";
        }
        if (cents == TOO_MANY_DECIMALS) {
            return "has more than 2 decimals";
        }
        if (cents == TOO_LARGE) {
            return "is too large for DECIMAL(18,2) (at most 16 digits before the decimal point)";
        }
        return null;
    }

    /**
     * The signed amount in hundredths when the text has more than 2 decimals but lies within {@link #NOISE} of an
     * amount with {@code decimals} decimals (0..2), as a floating-point export writes it; otherwise what {@link #scan}
     * returns ({@link #TOO_MANY_DECIMALS} for {@code 12.345}).
     */
    static long scanNoisy(String text, int decimals) {
        long scanned = scan(text);
        if (scanned != TOO_MANY_DECIMALS) {
            return scanned;
        }
        AmountScanner scanner = AmountScanner.read(text);
        if (scanner.integerDigits > MAX_INTEGER_DIGITS) {
            return TOO_LARGE;
        }
        BigDecimal exact = new BigDecimal(scanner.integer + "." + (scanner.decimals < 10 ? "0" : "") + scanner.decimals
                + scanner.tail);
        BigDecimal rounded = exact.setScale(Math.max(0, Math.min(2, decimals)), RoundingMode.HALF_UP);
        if (exact.subtract(rounded).abs().compareTo(NOISE) > 0) {
            return TOO_MANY_DECIMALS;
        }
        if (rounded.precision() - rounded.scale() > MAX_INTEGER_DIGITS) {
            return TOO_LARGE;
        }
        long cents = rounded.movePointRight(2).longValueExact();
        return scanner.negative || scanner.openParen ? -cents : cents;
    }

    /** True when a {@link #scan} result is an amount rather than an error code. */
    static boolean isValid(long scanned) {
        return scanned > TOO_LARGE;
    }

    /** The signed amount in hundredths, or one of the error codes {@link #EMPTY} ... {@link #TOO_LARGE}. */
    static long scan(String text) {
        if (text == null) {
            return EMPTY;
        }
        AmountScanner scanner = AmountScanner.read(text);
        return scanner == null ? NOT_A_NUMBER : scanner.result(MAX_INTEGER_DIGITS);
    }

    /** The state of one scan; a tiny object the JIT keeps on the stack. */
    private static final class AmountScanner {

        /** The scan of the whole text, or null at the first character an amount cannot hold. */
        static AmountScanner read(String text) {
            AmountScanner scanner = new AmountScanner();
            for (int i = 0, n = text.length(); i < n; i++) {
                if (!scanner.accept(text.charAt(i))) {
                    return null;
                }
            }
            return scanner;
        }

        private static final int PREFIX = 0;
        private static final int NUMBER = 1;
        private static final int SUFFIX = 2;

        int phase = PREFIX;
        boolean sawAnything;
        boolean sawDigit;
        boolean negative;
        int signs;
        boolean openParen;
        boolean closeParen;
        int letterRun;
        int letterRuns;
        boolean fraction;
        long integer;
        int integerDigits;
        long decimals;
        int decimalDigits;
        boolean extraDecimals;
        StringBuilder tail;

        boolean accept(char c) {
            if (letterRun > 0 && !isLetter(c)) {
                if (letterRun != 3) {
                    return false;
                }
                letterRun = 0;
            }
            int digit = Texts.digit(c);
            if (digit >= 0) {
                return acceptDigit(digit);
            }
            if (c == ',' || c == '，') {
                sawAnything = true;
                return phase == NUMBER && !fraction;
            }
            if (c == '.' || c == '．') {
                sawAnything = true;
                if (fraction || phase == SUFFIX) {
                    return false;
                }
                fraction = true;
                phase = NUMBER;
                return true;
            }
            if (Texts.isSpace(c)) {
                if (phase == NUMBER && fraction) {
                    phase = SUFFIX;
                }
                return true;
            }
            if (phase == NUMBER) {
                phase = SUFFIX;
            }
            sawAnything = true;
            return acceptMark(c);
        }

        private boolean acceptDigit(int digit) {
            sawAnything = true;
            if (phase == SUFFIX) {
                return false;
            }
            phase = NUMBER;
            sawDigit = true;
            if (fraction) {
                if (decimalDigits < 2) {
                    decimals = decimals * 10 + digit;
                    decimalDigits++;
                } else {
                    if (tail == null) {
                        tail = new StringBuilder();
                    }
                    tail.append((char) ('0' + digit));
                    extraDecimals |= digit != 0;
                }
            } else if (integer != 0 || digit != 0) {
                if (++integerDigits <= MAX_INTEGER_DIGITS) {
                    integer = integer * 10 + digit;
                }
            }
            return true;
        }

        private boolean acceptMark(char c) {
            if (isMinus(c)) {
                signs++;
                negative = true;
                return true;
            }
            if (c == '+' || c == '＋') {
                signs++;
                return true;
            }
            if (c == '(' || c == '（') {
                boolean ok = phase == PREFIX && !openParen;
                openParen = true;
                return ok;
            }
            if (c == ')' || c == '）') {
                boolean ok = openParen && !closeParen && sawDigit;
                closeParen = true;
                return ok;
            }
            if (isCurrencySign(c)) {
                return true;
            }
            if (isLetter(c)) {
                if (letterRun++ == 0) {
                    letterRuns++;
                }
                return letterRun <= 3 && letterRuns <= 1;
            }
            return false;
        }

        long result(int maxIntegerDigits) {
            if (!sawDigit) {
                return sawAnything ? NOT_A_NUMBER : EMPTY;
            }
            if (openParen != closeParen || signs > 1 || (openParen && signs > 0)
                    || (letterRun != 0 && letterRun != 3)) {
                return NOT_A_NUMBER;
            }
            if (extraDecimals) {
                return TOO_MANY_DECIMALS;
            }
            if (integerDigits > maxIntegerDigits) {
                return TOO_LARGE;
            }
            long cents = integer * 100 + (decimalDigits == 1 ? decimals * 10 : decimals);
            return negative || openParen ? -cents : cents;
        }

        private static boolean isMinus(char c) {
            return c == '-' || c == '\u2212' || c == '\uFF0D' || c == '\u2012' || c == '\u2013' || c == '\u2010'
                    || c == '△' || c == '▲';
        }

        private static boolean isCurrencySign(char c) {
            return c == '¥' || c == '￥' || c == '$' || c == '＄' || c == '€' || c == '£' || c == '￡' || c == '円';
        }

        private static boolean isLetter(char c) {
            char folded = Texts.fold(c);
            return (folded >= 'A' && folded <= 'Z') || (folded >= 'a' && folded <= 'z');
        }

    }

}
