package com.jaia.validation;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the validation of one import counted, summed over its partitions (a restart's skipped partitions included).
 *
 * @param recordsRead records read from the file
 * @param linesStaged valid lines staged for the load
 * @param rowsRejected records rejected with a reason
 * @param amountsNormalised valid lines with an amount written with floating-point noise (e.g.
 *        {@code 8131.200000000001}), staged rounded to the currency's decimals
 */
public record ValidationCounts(long recordsRead, long linesStaged, long rowsRejected, long amountsNormalised) {

    /** The counts of the job's validation, summed over what each completed partition published in the job context. */
    public static ValidationCounts of(ExecutionContext jobContext) {
        int partitions = jobContext.getInt(ImportFacts.PARTITIONS, 0);
        long[] sums = new long[ImportFacts.PARTITION_COUNTS.size()];
        for (int i = 0; i < partitions; i++) {
            for (int c = 0; c < sums.length; c++) {
                sums[c] += jobContext.getLong(ImportFacts.partitionCount(i, ImportFacts.PARTITION_COUNTS.get(c)), 0L);
            }
        }
        return new ValidationCounts(sums[0], sums[1], sums[2], sums[3]);
    }

    /** One line for the step's summary. */
    public String describe() {
        return "validated " + recordsRead + " records: " + linesStaged + " valid, " + rowsRejected + " rejected; "
                + normalisation(amountsNormalised);
    }

    /** How many amounts were normalised and what that means for the totals, in words. */
    public static String normalisation(long amountsNormalised) {
        if (amountsNormalised == 0) {
            return "no amount needed normalising";
        }
        return amountsNormalised + " line" + (amountsNormalised == 1 ? "" : "s") + " had an amount written with "
                + "floating-point noise (e.g. 8131.200000000001), normalised to the nearest amount with the currency's "
                + "decimals (within " + Amounts.NOISE.toPlainString() + "); that value is loaded, and balances and "
                + "totals are of the normalised amounts";
    }

}
