package com.jaia.validation;

import java.util.Currency;

/**
 * The decimals a currency's amounts carry, from the ISO 4217 table the JDK holds (JPY 0, USD 2, EUR 2), capped at the
 * two decimals {@code journal_entries} stores; two when the currency is absent or unknown.
 */
final class CurrencyDecimals {

    static final int STORED = 2;

    private CurrencyDecimals() {
    }

    static int of(String currencyCode) {
        if (currencyCode == null || currencyCode.length() != 3) {
            return STORED;
        }
        try {
            int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
            return digits < 0 ? STORED : Math.min(digits, STORED);
        }
        catch (IllegalArgumentException unknown) {
            return STORED;
        }
    }

}
