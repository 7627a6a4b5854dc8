package com.jaia.validation;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
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

    /** The counts of the job's validation, read from each partition's last execution. */
    public static ValidationCounts of(JobRepository jobRepository, JobExecution job) {
        ExecutionContext facts = job.getExecutionContext();
        int partitions = facts.containsKey(ImportFacts.PARTITIONS) ? facts.getInt(ImportFacts.PARTITIONS) : 0;
        long read = 0;
        long staged = 0;
        long rejected = 0;
        long normalised = 0;
        for (int i = 0; i < partitions; i++) {
            StepExecution partition = jobRepository.getLastStepExecution(job.getJobInstance(),
                    ImportFacts.partitionStepName(i));
            if (partition == null) {
                continue;
            }
            ExecutionContext context = partition.getExecutionContext();
            read += context.getLong(ImportFacts.RECORDS_READ, 0L);
            staged += context.getLong(ImportFacts.LINES_STAGED, 0L);
            rejected += context.getLong(ImportFacts.REJECTS_STAGED, 0L);
            normalised += context.getLong(ImportFacts.AMOUNTS_NORMALISED, 0L);
        }
        return new ValidationCounts(read, staged, rejected, normalised);
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
