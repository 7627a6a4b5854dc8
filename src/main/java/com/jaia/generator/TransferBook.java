package com.jaia.generator;

import java.util.List;
import java.util.function.Supplier;

/**
 * What sets one transfers ledger apart from another: its business days, the scale of its amounts, how its journals are
 * numbered and who prepares them.
 *
 * @param calendar the business days (a fresh calendar per ledger)
 * @param scale the factor on the amounts of a ledger in the thousands (1: median about 2,500.00; 1000: in the millions)
 * @param idPrefix the journal id's prefix, followed by nine digits
 * @param preparers the users who enter the journals (none: the preparer columns stay empty)
 */
record TransferBook(Supplier<BusinessCalendar> calendar, long scale, String idPrefix, List<String> preparers) {

    /** USD transfers: US holidays, amounts in the thousands, no users. */
    static final TransferBook US = new TransferBook(BusinessCalendar::unitedStates, 1, "T", List.of());

    /** A UK group's treasury transfers: bank holidays of England and Wales, amounts in the millions, twelve preparers. */
    static final TransferBook GB = new TransferBook(BusinessCalendar::unitedKingdom, 1000, "GL",
            List.of("aclarke", "bpatel", "cjones", "dokafor", "ewilliams", "fmurphy", "gevans", "hkhan", "ithomas",
                    "jroberts", "kwalker", "lwright"));

    /** An exact multiple of this is a round amount the clean journals never carry: 1,000.00 at scale 1. */
    long thousand() {
        return TransferJournals.THOUSAND * scale;
    }

    /** The largest clean amount, in minor units. */
    long largestClean() {
        return TransferJournals.LARGEST_CLEAN * scale;
    }

}
