package com.jaia.validation;

import static com.jaia.validation.JournalField.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns every ledger needs: journal id, effective date, account, and an amount with its side (amount with an
 * indicator, a signed amount, or debit and credit amount columns).
 */
final class RequiredColumns {

    private RequiredColumns() {
    }

    static void check(int[] indexes, AmountLayout layout, MappingProfile profile, String[] headers) {
        List<String> missing = new ArrayList<>();
        require(indexes, JOURNAL_ID, "journal id", profile, missing);
        require(indexes, EFFECTIVE_DATE, "effective date", profile, missing);
        require(indexes, GL_ACCOUNT_NUMBER, "account", profile, missing);
        boolean debit = indexes[DEBIT_AMOUNT.ordinal()] >= 0;
        boolean credit = indexes[CREDIT_AMOUNT.ordinal()] >= 0;
        if (layout == AmountLayout.DEBIT_AND_CREDIT_COLUMNS) {
            if (!debit) {
                missing.add("debit amount (" + names(profile, DEBIT_AMOUNT) + ") to go with the credit amount");
            }
            if (!credit) {
                missing.add("credit amount (" + names(profile, CREDIT_AMOUNT) + ") to go with the debit amount");
            }
        } else if (indexes[AMOUNT.ordinal()] < 0) {
            missing.add("amount (" + names(profile, AMOUNT) + ", with a debit/credit indicator such as "
                    + names(profile, DEBIT_CREDIT_INDICATOR) + "; or debit and credit amount columns such as "
                    + names(profile, DEBIT_AMOUNT) + " and " + names(profile, CREDIT_AMOUNT) + ")");
        }
        if (!missing.isEmpty()) {
            throw new MissingRequiredColumn(missing, Arrays.asList(headers));
        }
    }

    private static void require(int[] indexes, JournalField field, String label, MappingProfile profile,
            List<String> missing) {
        if (indexes[field.ordinal()] < 0) {
            missing.add(label + " (" + names(profile, field) + ")");
        }
    }

    /** A few accepted names: the first two English and the first two Japanese ones. */
    private static String names(MappingProfile profile, JournalField field) {
        List<String> shown = new ArrayList<>();
        int english = 0;
        int japanese = 0;
        for (String alias : profile.aliasesOf(field)) {
            boolean ascii = alias.chars().allMatch(c -> c < 128);
            if (ascii ? english++ < 2 : japanese++ < 2) {
                shown.add(alias);
            }
        }
        return shown.isEmpty() ? field.name().toLowerCase(java.util.Locale.ROOT) : String.join(", ", shown);
    }

}
