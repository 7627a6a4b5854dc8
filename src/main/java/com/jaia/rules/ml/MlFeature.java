package com.jaia.rules.ml;

import java.util.Arrays;
import java.util.List;

/**
 * The per-line features the isolation forest sees, in column order; computed in SQL by {@code ml_features.sql}.
 * {@code minimumSpread} floors the robust spread used to say how unusual a value is, so a feature that is almost
 * constant in a ledger does not call every small deviation unusual.
 */
enum MlFeature {

    /** log10(amount + 1). */
    LOG_AMOUNT("f_log_amount", 0.1),
    /** Robust z of the log amount against the account's median and MAD in the fiscal year. */
    ACCOUNT_Z("f_account_z", 1),
    /** Robust z of the log amount against the preparer's median and MAD in the fiscal year. */
    USER_Z("f_user_z", 1),
    /** Hour of entry with minutes as a fraction (−1 when the entry time is missing). */
    ENTRY_HOUR("f_entry_hour", 1),
    /** ISO weekday of the entry date, 1 = Monday … 7 = Sunday (effective date when no entry date). */
    WEEKDAY("f_weekday", 1),
    /** Day of month of the effective date. */
    DAY_OF_MONTH("f_day_of_month", 1),
    /** Days from the effective date to the entry date: positive = entered afterwards (backdated). */
    ENTRY_LAG_DAYS("f_entry_lag_days", 1),
    /** log10 of the account's line count in the fiscal year. */
    ACCOUNT_FREQUENCY("f_account_frequency", 0.1),
    /** log10 of the line count of the preparer and account pair in the fiscal year. */
    USER_ACCOUNT_FREQUENCY("f_user_account_frequency", 0.1),
    /** Trailing zeros of a whole amount, 0 … 6 (1,000,000 → 6; amounts with cents → 0). */
    ROUND_ZEROS("f_round_zeros", 1),
    /** Number of lines in the line's journal. */
    JOURNAL_LINES("f_journal_lines", 1);

    private final String column;
    private final double minimumSpread;

    MlFeature(String column, double minimumSpread) {
        this.column = column;
        this.minimumSpread = minimumSpread;
    }

    String column() {
        return column;
    }

    double minimumSpread() {
        return minimumSpread;
    }

    static List<String> columns() {
        return Arrays.stream(values()).map(MlFeature::column).toList();
    }

}
