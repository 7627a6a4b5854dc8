package com.jaia.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Small deterministic ledgers in the earlier JAIA column layout for the import tests.
 */
final class TestLedgers {

    static final String HEADER = "gl_detail_id,business_unit_code,fiscal_year,accounting_period,journal_id,"
            + "journal_id_line_number,effective_date,entry_date,entry_time,gl_account_number,amount,amount_currency,"
            + "functional_amount,debit_credit_indicator,je_line_description,source,vendor_code,dept_code,prepared_by,"
            + "approved_by,approved_date,last_modified_by,last_modified_date";

    private TestLedgers() {
    }

    /** Writes {@code journals} balanced journals of 2 to 4 lines; returns the number of lines written. */
    static long write(Path file, String prefix, int journals, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
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
                    out.write(line(journalId, l, date, debit ? "5110" : "2110", amount, debit ? "D" : "C",
                            "経費精算 " + j));
                    lines++;
                }
            }
        }
        return lines;
    }

    static String line(String journalId, int lineNumber, LocalDate date, String account, long amount, String side,
            String description) {
        int fiscalYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        int period = (date.getMonthValue() + 8) % 12 + 1;
        return journalId + "-" + lineNumber + ",BU1," + fiscalYear + "," + period + "," + journalId + "," + lineNumber
                + "," + date + "," + date + ",10:15:00," + account + "," + amount + ".00,JPY," + amount + ".00,"
                + side + "," + description + ",GL,V001,D01,U001,U002," + date + ",U001," + date + "\n";
    }

}
