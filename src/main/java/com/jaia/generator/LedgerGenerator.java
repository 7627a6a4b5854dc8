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
 * Writes a synthetic, deterministic ledger of one fiscal year (and optionally the labels of its injected anomalies and
 * the matching master files), streaming so memory stays flat whatever the number of lines.
 *
 * @param seed the seed: the same seed and options give the same bytes
 * @param fiscalYear the fiscal year, April to March (2024 = 2024-04-01..2025-03-31)
 * @param anomalyRate the share of journals that carry an injected anomaly (only when labels are written)
 */
public record LedgerGenerator(long seed, int fiscalYear, double anomalyRate) {

    public static final int DEFAULT_FISCAL_YEAR = 2024;

    public static final double DEFAULT_ANOMALY_RATE = 0.02;

    public LedgerGenerator {
        if (anomalyRate < 0 || anomalyRate >= 1) {
            throw new IllegalArgumentException("anomaly rate must be in [0, 1): " + anomalyRate);
        }
    }

    /** A generator for FY2024 with the default anomaly rate. */
    public LedgerGenerator(long seed) {
        this(seed, DEFAULT_FISCAL_YEAR, DEFAULT_ANOMALY_RATE);
    }

    /** Writes {@code lines} clean journal lines (no anomalies) to {@code ledger}. */
    public GenerationSummary generate(long lines, Path ledger) throws IOException {
        return generate(lines, ledger, null);
    }

    /**
     * Writes {@code lines} journal lines to {@code ledger}; when {@code labels} is not null, a share of the journals
     * carries injected anomalies, listed in that file ({@code journal_id, pattern, description}).
     */
    public GenerationSummary generate(long lines, Path ledger, Path labels) throws IOException {
        if (lines == 1 || lines < 0) {
            throw new IllegalArgumentException("a balanced ledger needs 0 or at least 2 lines, not " + lines);
        }
        SplittableRandom random = new SplittableRandom(seed);
        BusinessCalendar calendar = new BusinessCalendar();
        Company company = Company.create(seed);
        JournalTemplates templates = new JournalTemplates();
        JournalFactory factory = new JournalFactory(random, company, calendar, templates, fiscalYear);
        AnomalyInjector injector = new AnomalyInjector(random, factory, calendar, company, templates, fiscalYear);
        double chance = labels == null ? 0 : AnomalyPattern.injectionChance(anomalyRate);
        LocalDate[] days = businessDays(calendar);
        long written = 0;
        long journals = 0;
        long anomalous = 0;
        List<AnomalyLabel> pending = new ArrayList<>();
        try (LedgerWriter out = new LedgerWriter(ledger);
                BufferedWriter labelOut = labels == null ? null : Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            if (labelOut != null) {
                labelOut.write(Csv.row("journal_id", "pattern", "description"));
            }
            while (written < lines) {
                long remaining = lines - written;
                LocalDate day = days[(int) (written * days.length / lines)];
                List<Journal> group = remaining >= 64 && random.nextDouble() < chance ? injector.inject(day, pending)
                        : List.of(remaining <= Journal.MAX_LINES ? factory.clean(day, (int) remaining, true)
                                : factory.clean(day, (int) Math.min(Journal.MAX_LINES, remaining - 2), false));
                for (Journal journal : group) {
                    out.write(journal);
                    written += journal.size;
                    journals++;
                }
                for (AnomalyLabel label : pending) {
                    labelOut.write(Csv.row(label.journalId(), label.pattern(), label.description()));
                    anomalous++;
                }
                pending.clear();
            }
        }
        return new GenerationSummary(ledger, written, journals, anomalous);
    }

    /** Writes the chart of accounts, users, departments and vendors this generator's ledgers use into {@code dir}. */
    public List<Path> writeMasters(Path dir) throws IOException {
        return MasterFiles.write(Company.create(seed), dir);
    }

    private LocalDate[] businessDays(BusinessCalendar calendar) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate end = LocalDate.of(fiscalYear + 1, 3, 31);
        for (LocalDate day = LocalDate.of(fiscalYear, 4, 1); !day.isAfter(end); day = day.plusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                days.add(day);
            }
        }
        return days.toArray(LocalDate[]::new);
    }

}
