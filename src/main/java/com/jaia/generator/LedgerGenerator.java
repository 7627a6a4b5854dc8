package com.jaia.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic, deterministic ledger of one fiscal year in the conventions of a {@link LedgerProfile} (and
 * optionally the labels of its injected anomalies and the matching master files), streaming so memory stays flat
 * whatever the number of lines.
 *
 * @param seed the seed: the same seed and options give the same bytes
 * @param fiscalYear the fiscal year, named as the profile names it (standard: 2024 = 2024-04-01..2025-03-31;
 *        jp-end-year: 2024 = 2023-04-01..2024-03-31; us-transfers: the calendar year)
 * @param anomalyRate the share of journals that carry an injected anomaly (only when labels are written)
 * @param profile the kind of ledger
 * @param floatNoise the share of amounts written as a floating-point export would (e.g. {@code 8131.200000000001})
 */
public record LedgerGenerator(long seed, int fiscalYear, double anomalyRate, LedgerProfile profile,
        double floatNoise) {

    public static final int DEFAULT_FISCAL_YEAR = 2024;

    public static final double DEFAULT_ANOMALY_RATE = 0.02;

    public LedgerGenerator {
        if (anomalyRate < 0 || anomalyRate >= 1) {
            throw new IllegalArgumentException("anomaly rate must be in [0, 1): " + anomalyRate);
        }
        if (floatNoise < 0 || floatNoise > 1) {
            throw new IllegalArgumentException("float noise must be a share in [0, 1]: " + floatNoise);
        }
        if (fiscalYear < 1901 || fiscalYear > 2199) {
            throw new IllegalArgumentException("fiscal year must be between 1901 and 2199: " + fiscalYear);
        }
    }

    /** A standard-profile generator. */
    public LedgerGenerator(long seed, int fiscalYear, double anomalyRate) {
        this(seed, fiscalYear, anomalyRate, LedgerProfile.STANDARD, 0);
    }

    /** A standard-profile generator for FY2024 with the default anomaly rate. */
    public LedgerGenerator(long seed) {
        this(seed, DEFAULT_FISCAL_YEAR, DEFAULT_ANOMALY_RATE);
    }

    /** Writes {@code lines} clean journal lines (no anomalies) to {@code ledger}. */
    public GenerationSummary generate(long lines, Path ledger) throws IOException {
        return generate(lines, ledger, null);
    }

    /**
     * Writes {@code lines} journal lines to {@code ledger}; when {@code labels} is not null, a share of the journals
     * carries injected anomalies, listed in that file ({@code business_unit_code, fiscal_year, journal_id, pattern,
     * description}).
     */
    public GenerationSummary generate(long lines, Path ledger, Path labels) throws IOException {
        if (lines == 1 || lines < 0) {
            throw new IllegalArgumentException("a balanced ledger needs 0 or at least 2 lines, not " + lines);
        }
        SplittableRandom random = new SplittableRandom(seed);
        LedgerConventions conventions = profile.conventions();
        JournalSource source = profile.journals(random, seed, fiscalYear);
        double chance = labels == null ? 0 : source.injectionChance(anomalyRate);
        List<LocalDate> days = source.days();
        long written = 0;
        long journals = 0;
        long anomalous = 0;
        long noisy;
        List<AnomalyLabel> pending = new ArrayList<>();
        FloatNoise noise = floatNoise == 0 ? null : new FloatNoise(new SplittableRandom(seed ^ 0x7F4A7C15L), floatNoise);
        try (LedgerWriter out = new LedgerWriter(ledger, conventions, conventions.lastDay(fiscalYear), noise);
                BufferedWriter labelOut = labels == null ? null : Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            if (labelOut != null) {
                labelOut.write(Csv.row("business_unit_code", "fiscal_year", "journal_id", "pattern", "description"));
            }
            while (written < lines) {
                long remaining = lines - written;
                LocalDate day = days.get((int) (written * days.size() / lines));
                List<Journal> group = remaining >= 64 && random.nextDouble() < chance ? source.inject(day, pending)
                        : List.of(source.clean(day, remaining));
                for (Journal journal : group) {
                    out.write(journal);
                    written += journal.size;
                    journals++;
                }
                for (AnomalyLabel label : pending) {
                    labelOut.write(Csv.row(conventions.businessUnit(),
                            conventions.fiscalYearOf(label.journal().effectiveDate), label.journal().id,
                            label.pattern(), label.description()));
                    anomalous++;
                }
                pending.clear();
            }
            noisy = out.noisyAmounts();
        }
        return new GenerationSummary(ledger, written, journals, anomalous, noisy);
    }

    /** Writes the master files of this profile's ledgers into {@code dir} (us-transfers: the chart of accounts only). */
    public List<Path> writeMasters(Path dir) throws IOException {
        return profile.writeMasters(seed, dir);
    }

}
