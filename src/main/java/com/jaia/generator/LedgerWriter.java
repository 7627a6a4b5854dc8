package com.jaia.generator;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes journals as UTF-8 CSV lines in the earlier JAIA's 23-column layout, in a profile's conventions, fast: bytes go
 * straight into a large buffer, with ASCII values copied character by character, numbers appended digit by digit and
 * the few distinct Japanese descriptions encoded once.
 */
final class LedgerWriter implements Closeable {

    static final String HEADER = "gl_detail_id,business_unit_code,fiscal_year,accounting_period,journal_id,"
            + "journal_id_line_number,effective_date,entry_date,entry_time,gl_account_number,amount,amount_currency,"
            + "functional_amount,debit_credit_indicator,je_line_description,source,vendor_code,dept_code,prepared_by,"
            + "approved_by,approved_date,last_modified_by,last_modified_date";

    private static final int CAPACITY = 1 << 20;

    /** Room for one journal: eight lines of at most a few hundred bytes. */
    private static final int FLUSH_AT = CAPACITY - 16 * 1024;

    private static final int MAX_CACHED_DESCRIPTIONS = 50_000;

    private final OutputStream out;
    private final ByteLine line = new ByteLine(CAPACITY);
    private final Map<String, byte[]> descriptions = new HashMap<>();

    /** ISO date bytes by epoch day, for the years around the ledger's. */
    private final byte[][] dates = new byte[366 * 8][];

    private long firstDay = Long.MIN_VALUE;

    private final LedgerConventions conventions;
    private final byte[] businessUnit;
    private final byte[] currency;
    private final byte[] exportTime;
    private final FloatNoise noise;
    private long noisyAmounts;

    /**
     * @param fiscalYearEnd the last day of the ledger's fiscal year (the export, when the profile writes one, is later)
     * @param noise floating-point noise on some amounts, or null
     */
    LedgerWriter(Path file, LedgerConventions conventions, LocalDate fiscalYearEnd, FloatNoise noise)
            throws IOException {
        this.conventions = conventions;
        this.businessUnit = conventions.businessUnit().getBytes(StandardCharsets.US_ASCII);
        this.currency = (',' + conventions.currency() + ',').getBytes(StandardCharsets.US_ASCII);
        this.exportTime = (fiscalYearEnd.plusDays(47) + " 02:17:43").getBytes(StandardCharsets.US_ASCII);
        this.noise = noise;
        out = Files.newOutputStream(file);
        out.write(HEADER.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    void write(Journal journal) throws IOException {
        LocalDate effective = journal.effectiveDate;
        int fiscalYear = conventions.fiscalYearOf(effective);
        int period = conventions.periodOf(effective);
        boolean users = conventions.users();
        byte[] description = conventions.descriptions() ? encoded(journal.description) : new byte[0];
        byte[] id = journal.id.getBytes(StandardCharsets.US_ASCII);
        byte[] effectiveDate = date(effective);
        byte[] entryDate = date(journal.entryDate);
        byte[] approvedDate = journal.approvedDate == null ? new byte[0] : date(journal.approvedDate);
        for (int i = 0; i < journal.size; i++) {
            line.bytes(id);
            line.put('-');
            line.digits3(i + 1);
            line.put(',');
            line.bytes(businessUnit);
            line.put(',');
            line.number(fiscalYear);
            line.put(',');
            line.number(period);
            line.put(',');
            line.bytes(id);
            line.put(',');
            line.number(i + 1);
            line.put(',');
            line.bytes(effectiveDate);
            line.put(',');
            line.bytes(entryDate);
            line.put(',');
            line.clock(journal.entryTime);
            line.put(',');
            line.ascii(journal.accounts[i]);
            line.put(',');
            amounts(journal.amounts[i]);
            line.put(',');
            line.put(journal.sides[i]);
            line.put(',');
            line.bytes(description);
            line.put(',');
            line.ascii(journal.source);
            line.put(',');
            line.ascii(journal.vendorCode);
            line.put(',');
            line.ascii(journal.deptCode);
            line.put(',');
            if (users) {
                line.ascii(journal.preparedBy);
                line.put(',');
                line.ascii(journal.approvedBy);
                line.put(',');
                line.bytes(approvedDate);
                line.put(',');
                line.ascii(journal.preparedBy);
                line.put(',');
                line.bytes(conventions.exportTimestamp() ? exportTime : entryDate);
            }
            else {
                line.ascii(",,,,");
            }
            line.put('\n');
        }
        if (line.length() >= FLUSH_AT) {
            flushBuffer();
        }
    }

    /** Lines written with floating-point noise so far. */
    long noisyAmounts() {
        return noisyAmounts;
    }

    /** {@code amount,currency,functional_amount}: the same value twice, in the currency's minor units. */
    private void amounts(long minorUnits) {
        String noisy = noise == null ? null : noise.render(minorUnits, conventions.minorDigits());
        if (noisy != null) {
            noisyAmounts++;
            line.ascii(noisy);
            line.bytes(currency);
            line.ascii(noisy);
            return;
        }
        amount(minorUnits);
        line.bytes(currency);
        amount(minorUnits);
    }

    private void amount(long minorUnits) {
        if (conventions.minorDigits() == 0) {
            line.number(minorUnits);
            return;
        }
        line.number(minorUnits / 100);
        line.put('.');
        line.two((int) (minorUnits % 100));
    }

    static String clock(int secondsOfDay) {
        return String.format("%02d:%02d:%02d", secondsOfDay / 3600, secondsOfDay / 60 % 60, secondsOfDay % 60);
    }

    private byte[] encoded(String description) {
        byte[] bytes = descriptions.get(description);
        if (bytes == null) {
            if (descriptions.size() >= MAX_CACHED_DESCRIPTIONS) {
                descriptions.clear();
            }
            bytes = Csv.quote(description).getBytes(StandardCharsets.UTF_8);
            descriptions.put(description, bytes);
        }
        return bytes;
    }

    private byte[] date(LocalDate date) {
        long day = date.toEpochDay();
        if (firstDay == Long.MIN_VALUE) {
            firstDay = day - 366 * 4;
        }
        long index = day - firstDay;
        if (index < 0 || index >= dates.length) {
            return date.toString().getBytes(StandardCharsets.US_ASCII);
        }
        byte[] text = dates[(int) index];
        if (text == null) {
            text = date.toString().getBytes(StandardCharsets.US_ASCII);
            dates[(int) index] = text;
        }
        return text;
    }

    private void flushBuffer() throws IOException {
        line.writeTo(out);
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flushBuffer();
        }
    }

}
