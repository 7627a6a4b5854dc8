package com.jaia.validation;

/**
 * Why a row was rejected. Row-level reasons come from validation; journal-level ones from the load step, which sees
 * whole journals.
 */
enum RejectReason {

    /** A required value (journal id, effective date, account, amount or side) is empty. */
    MISSING_VALUE,
    /** A date that no supported format (ISO, yyyy/MM/dd, yyyyMMdd, Japanese era) reads, or an impossible date. */
    BAD_DATE,
    /** A time that is not HH:mm[:ss]. */
    BAD_TIME,
    /** An amount that is not a number, has more than two decimals or exceeds DECIMAL(18,2). */
    BAD_AMOUNT,
    /** A debit/credit indicator that is none of D/C, 借/貸, 借方/貸方, Debit/Credit, 1/2. */
    UNKNOWN_SIDE,
    /** Both or neither of the debit and credit amount columns are filled. */
    AMBIGUOUS_SIDE,
    /** A fiscal year, period or line number that is not a whole number in range. */
    BAD_NUMBER,
    /** The line's own fiscal year differs from the one given with the import. */
    FISCAL_YEAR_MISMATCH,
    /** The record has a different number of fields than the header. */
    WRONG_FIELD_COUNT,
    /** A field longer than the configured maximum. */
    FIELD_TOO_LONG,
    /** Bytes that are not valid in the file's encoding. */
    INVALID_ENCODING,
    /** The same gl_detail_id appears earlier in the same file. */
    DUPLICATE_LINE_ID,
    /** The journal (business unit, fiscal year, journal id) was already loaded by an earlier import, which is named. */
    DUPLICATE_JOURNAL,
    /** The journal's debits and credits differ by more than the tolerance. */
    UNBALANCED_JOURNAL,
    /** Another line of the same journal was rejected, so the whole journal is held back. */
    JOURNAL_HAS_REJECTED_LINE

}
