package com.jaia.masters;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns master file text into column values: booleans written as true/false, 1/0, yes/no, Y/N, 〇/×; amounts with
 * thousands separators or a yen sign; whole numbers. Empty text is null.
 */
final class MasterValues {

    private static final Set<String> TRUE = Set.of("true", "t", "1", "yes", "y", "〇", "○", "◯", "有", "はい", "可");

    private static final Set<String> FALSE = Set.of("false", "f", "0", "no", "n", "×", "✕", "x", "無", "いいえ",
            "不可", "-");

    private MasterValues() {
    }

    /** The value of {@code text} for {@code column}; fails with an {@link IllegalArgumentException} saying why. */
    static Object parse(MasterColumn column, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        return switch (column.type()) {
            case TEXT -> value;
            case BOOLEAN -> flag(column, value);
            case INTEGER -> whole(column, value);
            case AMOUNT -> amount(column, value);
        };
    }

    private static Boolean flag(MasterColumn column, String value) {
        String key = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (TRUE.contains(key) || TRUE.contains(value)) {
            return true;
        }
        if (FALSE.contains(key) || FALSE.contains(value)) {
            return false;
        }
        throw new IllegalArgumentException(column.name() + " \"" + value + "\" is not a yes/no value "
                + "(true/false, 1/0, yes/no, Y/N, 〇/×)");
    }

    private static Integer whole(MasterColumn column, String value) {
        try {
            return Integer.valueOf(Normalizer.normalize(value, Normalizer.Form.NFKC));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(column.name() + " \"" + value + "\" is not a whole number");
        }
    }

    private static BigDecimal amount(MasterColumn column, String value) {
        String digits = Normalizer.normalize(value, Normalizer.Form.NFKC).replace(",", "").replace("¥", "")
            .replace("\\", "").replace("円", "").strip();
        try {
            BigDecimal amount = new BigDecimal(digits);
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 16) {
                throw new IllegalArgumentException(column.name() + " \"" + value
                        + "\" must be a non-negative amount with at most two decimals that fits DECIMAL(18,2)");
            }
            return amount;
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(column.name() + " \"" + value + "\" is not an amount");
        }
    }

}
