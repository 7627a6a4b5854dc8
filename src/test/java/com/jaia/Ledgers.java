package com.jaia;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The ledger files the tests import, in two layouts: the short one (eleven columns, two-line journals of one business
 * unit) and the detailed one (every column JAIA reads, journals of two to four lines with Japanese descriptions).
 */
public final class Ledgers {

    /** The short layout's header. */
    public static final String HEADER = "gl_detail_id,business_unit_code,fiscal_year,accounting_period,journal_id,"
            + "journal_id_line_number,effective_date,gl_account_number,amount,debit_credit_indicator,"
            + "je_line_description";

    /** The detailed layout's header. */
    public static final String DETAILED_HEADER = "gl_detail_id,business_unit_code,fiscal_year,accounting_period,"
            + "journal_id,journal_id_line_number,effective_date,entry_date,entry_time,gl_account_number,amount,"
            + "amount_currency,functional_amount,debit_credit_indicator,je_line_description,source,vendor_code,"
            + "dept_code,prepared_by,approved_by,approved_date,last_modified_by,last_modified_date";

    private Ledgers() {
    }

    /**
     * The business unit a test class owns in the shared store: its simple name in capitals, without the "Tests"
     * ending. Its imports and the rules, scores and aggregates derived from them stay apart from every other test's.
     */
    public static String businessUnitOf(Class<?> test) {
        return test.getSimpleName().replaceFirst("Tests?$", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Writes {@code journals} balanced two-line journals of business unit BU1, fiscal year 2024, ids from PREFIX. */
    public static Path write(Path file, String prefix, int journals) {
        return write(file, "BU1", prefix, journals, 2024);
    }

    /** The same, of the given business unit (a test's own, see {@link #businessUnitOf}). */
    public static Path write(Path file, String businessUnit, String prefix, int journals) {
        return write(file, businessUnit, prefix, journals, 2024);
    }

    /** The same, with every line in the given business unit and fiscal year. */
    public static Path write(Path file, String businessUnit, String prefix, int journals, int fiscalYear) {
        try (BufferedWriter out = writer(file)) {
            out.write(HEADER);
            out.newLine();
            LocalDate day = LocalDate.of(2024, 4, 1);
            for (int j = 0; j < journals; j++) {
                String journal = prefix + "-J" + j;
                LocalDate date = day.plusDays(j % 300);
                int period = (date.getMonthValue() + 8) % 12 + 1;
                String amount = (1000 + j % 9000) + ".00";
                for (int l = 1; l <= 2; l++) {
                    out.write(prefix + "-" + j + "-" + l + "," + businessUnit + "," + fiscalYear + "," + period + ","
                            + journal + "," + l + "," + date + "," + (l == 1 ? "1110," : "4110,") + amount
                            + (l == 1 ? ",D" : ",C") + ",sale " + j);
                    out.newLine();
                }
            }
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code journals} balanced journals of 2 to 4 lines in the detailed layout, drawn from {@code seed};
     * returns the number of lines written.
     */
    public static long writeDetailed(Path file, String prefix, int journals, long seed) {
        return writeDetailed(file, "BU1", prefix, journals, seed);
    }

    /** The same, with every line in the given business unit. */
    public static long writeDetailed(Path file, String businessUnit, String prefix, int journals, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long lines = 0;
        try (BufferedWriter out = writer(file)) {
            out.write(DETAILED_HEADER);
            out.write('\n');
            for (int j = 1; j <= journals; j++) {
                String journalId = prefix + "J" + j;
                int count = 2 + random.nextInt(3);
                long total = 0;
                LocalDate date = LocalDate.of(2024, 4, 1).plusDays(random.nextInt(365));
                for (int l = 1; l <= count; l++) {
                    long amount = l < count ? 1000 + random.nextInt(1_000_000) : total;
                    boolean debit = l < count;
                    total += debit ? amount : 0;
                    out.write(detailedLine(businessUnit, journalId, l, date, debit ? "5110" : "2110", amount,
                            debit ? "D" : "C", "経費精算 " + j));
                    lines++;
                }
            }
            return lines;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of the detailed layout, of business unit BU1, in the April fiscal year of {@code date}. */
    public static String detailedLine(String journalId, int lineNumber, LocalDate date, String account, long amount,
            String side, String description) {
        return detailedLine("BU1", journalId, lineNumber, date, account, amount, side, description);
    }

    /** The same, of the given business unit. */
    public static String detailedLine(String businessUnit, String journalId, int lineNumber, LocalDate date,
            String account, long amount, String side, String description) {
        int fiscalYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        int period = (date.getMonthValue() + 8) % 12 + 1;
        return journalId + "-" + lineNumber + "," + businessUnit + "," + fiscalYear + "," + period + "," + journalId
                + "," + lineNumber
                + "," + date + "," + date + ",10:15:00," + account + "," + amount + ".00,JPY," + amount + ".00,"
                + side + "," + description + ",GL,V001,D01,U001,U002," + date + ",U001," + date + "\n";
    }

    /** A file no import accepts. */
    public static Path broken(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, "FAIL: this is not a ledger\nnothing;to;see\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedWriter writer(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

}
