package com.jaia.intake;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes small balanced ledger files for intake and status tests. */
public final class Ledgers {

    public static final String HEADER = "gl_detail_id,business_unit_code,fiscal_year,accounting_period,journal_id,"
            + "journal_id_line_number,effective_date,gl_account_number,amount,debit_credit_indicator,"
            + "je_line_description";

    private Ledgers() {
    }

    /** Writes {@code journals} balanced two-line journals whose ids start with {@code prefix}; 2 lines each. */
    public static Path write(Path file, String prefix, int journals) {
        return write(file, prefix, journals, 2024);
    }

    /** The same, with every line in the given fiscal year (a year of its own keeps a big ledger out of other tests). */
    public static Path write(Path file, String prefix, int journals, int fiscalYear) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.newLine();
                LocalDate day = LocalDate.of(2024, 4, 1);
                for (int j = 0; j < journals; j++) {
                    String journal = prefix + "-J" + j;
                    LocalDate date = day.plusDays(j % 300);
                    int period = (date.getMonthValue() + 8) % 12 + 1;
                    String amount = (1000 + j % 9000) + ".00";
                    out.write(prefix + "-" + j + "-1,BU1," + fiscalYear + "," + period + "," + journal + ",1," + date + ",1110,"
                            + amount + ",D,sale " + j);
                    out.newLine();
                    out.write(prefix + "-" + j + "-2,BU1," + fiscalYear + "," + period + "," + journal + ",2," + date + ",4110,"
                            + amount + ",C,sale " + j);
                    out.newLine();
                }
            }
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

}
