package com.jaia.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The kinds of ledger the generator writes, each with other people's conventions, so that the rules can be tried on
 * ledgers they were not written for.
 */
public enum LedgerProfile {

    /** A Japanese company in JPY; fiscal year April to March named by its start year, periods 1 = April. */
    STANDARD("standard", 0.02, new LedgerConventions("JP01", "JPY", 0, 4, false, false, true, true, false)),

    /**
     * A Japanese company in JPY exported by another system: fiscal year named by the year it ends in (FY2024 = April
     * 2023 to March 2024), periods are calendar months, {@code last_modified_date} is the export time, numeric journal
     * ids.
     */
    JP_END_YEAR("jp-end-year", 0.01, new LedgerConventions("1000", "JPY", 0, 4, true, true, true, true, true)),

    /**
     * Transfers in USD between 500 accounts, calendar fiscal year, US holidays, no users and no descriptions, with the
     * last week of the prior year as a stub.
     */
    US_TRANSFERS("us-transfers", 0.01, new LedgerConventions("US01", "USD", 2, 1, false, false, false, false, false)),

    /**
     * A UK group's treasury transfers in GBP, amounts in the millions with pence, fiscal year July to June named by the
     * year it ends in (FY2025 = July 2024 to June 2025), periods numbered from July, bank holidays of England and Wales,
     * twelve preparers but no approvals, no descriptions, vendors or departments.
     */
    GB_GROUP("gb-group", 0.01, new LedgerConventions("GB10", "GBP", 2, 7, true, false, true, false, false));

    private final String label;
    private final double defaultAnomalyRate;
    private final LedgerConventions conventions;

    LedgerProfile(String label, double defaultAnomalyRate, LedgerConventions conventions) {
        this.label = label;
        this.defaultAnomalyRate = defaultAnomalyRate;
        this.conventions = conventions;
    }

    /** The profile's name on the command line, e.g. {@code jp-end-year}. */
    public String label() {
        return label;
    }

    /** The share of journals that carry an injected anomaly unless told otherwise. */
    public double defaultAnomalyRate() {
        return defaultAnomalyRate;
    }

    LedgerConventions conventions() {
        return conventions;
    }

    /** The profile with that name; the message lists the names when there is none. */
    public static LedgerProfile named(String name) {
        for (LedgerProfile profile : values()) {
            if (profile.label.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return profile;
            }
        }
        throw new IllegalArgumentException("no profile named '" + name + "'; the profiles are " + names());
    }

    static String names() {
        return Arrays.stream(values()).map(LedgerProfile::label).collect(Collectors.joining(", "));
    }

    /** The journals of the fiscal year named {@code fiscalYear} (in this profile's naming). */
    JournalSource journals(SplittableRandom random, long seed, int fiscalYear) {
        LocalDate start = conventions.firstDay(fiscalYear);
        LocalDate end = conventions.lastDay(fiscalYear);
        return switch (this) {
            case STANDARD -> new CompanyJournals(random, seed, start, end, "JE" + fiscalYear + "-");
            case JP_END_YEAR -> new CompanyJournals(random, seed, start, end, "");
            case US_TRANSFERS -> new TransferJournals(random, seed, start, end, TransferBook.US);
            case GB_GROUP -> new TransferJournals(random, seed, start, end, TransferBook.GB);
        };
    }

    /** Writes the master files an export of this kind comes with. */
    List<Path> writeMasters(long seed, Path dir) throws IOException {
        return switch (this) {
            case US_TRANSFERS -> List.of(TransferAccounts.create(seed).writeChart(dir));
            case GB_GROUP -> List.of(TransferAccounts.create(seed).writeChart(dir),
                    MasterFiles.writePreparers(TransferBook.GB.preparers(), dir));
            default -> MasterFiles.write(Company.create(seed), dir);
        };
    }

}
