package com.jaia.validation;

/**
 * How a file states amounts and their side.
 */
enum AmountLayout {

    /** An unsigned or signed amount column plus a debit/credit indicator column. */
    AMOUNT_AND_SIDE,
    /** One signed amount column and no indicator: positive is debit, negative credit. */
    SIGNED_AMOUNT,
    /** Separate debit and credit amount columns (借方金額/貸方金額), one of which is filled per line. */
    DEBIT_AND_CREDIT_COLUMNS

}
