package com.jaia.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns amount thresholds written relative to the ledger ({@code 0.01 materiality}, {@code 10 magnitude}) into amounts
 * of the ledger at hand; a plain number stays an absolute amount.
 *
 * @param materiality the ledger's materiality
 * @param magnitude the power of ten of a typical line amount
 */
record LedgerScale(BigDecimal materiality, BigDecimal magnitude) {

    private static final Pattern RELATIVE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(materiality|magnitude)");

    static LedgerScale of(LedgerProfile profile) {
        return new LedgerScale(profile.materiality(), profile.magnitude());
    }

    /** The thresholds with every relative amount resolved. */
    Map<String, Object> resolve(Map<String, Object> thresholds) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        thresholds.forEach((name, value) -> resolved.put(name, resolve(value)));
        return resolved;
    }

    Object resolve(Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        Matcher matcher = RELATIVE.matcher(text.trim());
        if (!matcher.matches()) {
            return value;
        }
        BigDecimal base = matcher.group(2).equals("materiality") ? materiality : magnitude;
        return new BigDecimal(matcher.group(1)).multiply(base).stripTrailingZeros().toPlainString();
    }

}
