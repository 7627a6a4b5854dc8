package com.jaia.validation;

import static com.jaia.validation.JournalField.*;

/**
 * An unsigned amount in hundredths and its side, read from whichever amount layout the file uses; a negative amount
 * flips the side.
 *
 * @param cents the unsigned amount times 100
 * @param side 'D' or 'C'
 */
record SidedAmount(long cents, char side) {

    static SidedAmount read(LineParser row, AmountLayout layout) {
        return switch (layout) {
            case AMOUNT_AND_SIDE -> of(amount(row, AMOUNT, true), side(row));
            case SIGNED_AMOUNT -> of(amount(row, AMOUNT, true), 'D');
            case DEBIT_AND_CREDIT_COLUMNS -> debitOrCredit(row);
        };
    }

    private static SidedAmount of(long signedCents, char side) {
        if (signedCents >= 0) {
            return new SidedAmount(signedCents, side);
        }
        return new SidedAmount(-signedCents, side == 'D' ? 'C' : 'D');
    }

    private static long amount(LineParser row, JournalField field, boolean required) {
        String text = row.raw(field);
        long cents = Amounts.scan(text);
        if (Amounts.isValid(cents)) {
            return cents;
        }
        if (cents == Amounts.TOO_MANY_DECIMALS) {
            return row.floatNoise(field, text, CurrencyDecimals.of(row.currencyCode()));
        }
        if (cents == Amounts.EMPTY) {
            if (required) {
                throw row.rejectEmpty(field, "an amount");
            }
            return cents;
        }
        throw row.rejectValue(field, RejectReason.BAD_AMOUNT, Amounts.problem(text));
    }

    private static char side(LineParser row) {
        String text = row.raw(DEBIT_CREDIT_INDICATOR);
        char side = Sides.parse(text);
        if (side != Sides.UNKNOWN) {
            return side;
        }
        if (Texts.isBlank(text)) {
            throw row.rejectEmpty(DEBIT_CREDIT_INDICATOR, "a debit/credit indicator");
        }
        throw row.rejectValue(DEBIT_CREDIT_INDICATOR, RejectReason.UNKNOWN_SIDE,
                "is not a debit/credit indicator (expected " + Sides.describeExpected() + ")");
    }

    private static SidedAmount debitOrCredit(LineParser row) {
        long debit = amount(row, DEBIT_AMOUNT, false);
        long credit = amount(row, CREDIT_AMOUNT, false);
        boolean hasDebit = debit != Amounts.EMPTY;
        boolean hasCredit = credit != Amounts.EMPTY;
        if (hasDebit && hasCredit && debit != 0 && credit != 0) {
            throw ambiguous(row, "are both filled; a line is either a debit or a credit");
        }
        if (!hasDebit && !hasCredit) {
            throw ambiguous(row, "are both empty; a line needs a debit or a credit amount");
        }
        if (hasDebit && (debit != 0 || !hasCredit || credit == 0)) {
            return of(debit, 'D');
        }
        return of(credit, 'C');
    }

    private static LineParser.RowRejected ambiguous(LineParser row, String problem) {
        HeaderMapping mapping = row.mapping();
        String debit = mapping.header(DEBIT_AMOUNT);
        String credit = mapping.header(CREDIT_AMOUNT);
        return row.reject(debit + "/" + credit, RejectReason.AMBIGUOUS_SIDE, debit + " " + quoted(row.raw(DEBIT_AMOUNT))
                + "and " + credit + " " + quoted(row.raw(CREDIT_AMOUNT)) + problem);
    }

    private static String quoted(String text) {
        return Texts.isBlank(text) ? "" : "\"" + Texts.excerpt(text, 100) + "\" ";
    }

}
