package com.jaia.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The clean journals of a USD transfers ledger: mostly two-line transfers between customer accounts (some with a fee
 * line), deposits and withdrawals through operating accounts, batch payouts to several accounts and bank charges; on US
 * business days, amounts in the thousands with cents, never an exact multiple of 1,000.00 and never above
 * {@link #LARGEST_CLEAN} dollars. The calendar year, preceded by the last week of the prior year.
 */
final class TransferJournals implements JournalSource {

    /** The largest clean amount, in cents: 10^4.9 dollars. */
    static final long LARGEST_CLEAN = 7_943_282L;

    static final long THOUSAND = 100_000L;

    /** Room below the largest clean amount for a fee added on top. */
    private static final long FEE_ROOM = 5_000L;

    private final SplittableRandom random;
    private final TransferAccounts accounts;
    private final TransferBook book;
    private final BusinessCalendar calendar;
    private final TransferAnomalies anomalies;
    private final List<LocalDate> days = new ArrayList<>();
    private long sequence;

    TransferJournals(SplittableRandom random, long seed, LocalDate start, LocalDate end, TransferBook book) {
        this.random = random;
        this.book = book;
        this.calendar = book.calendar().get();
        this.accounts = TransferAccounts.create(seed);
        for (LocalDate day = start.minusDays(7); !day.isAfter(end); day = day.plusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                days.add(day);
            }
        }
        this.anomalies = new TransferAnomalies(random, this, accounts, calendar, start, end);
    }

    @Override
    public List<LocalDate> days() {
        return days;
    }

    @Override
    public Journal clean(LocalDate day, long remaining) {
        if (remaining <= Journal.MAX_LINES) {
            return remaining == 2 ? transfer(day) : batch(day, (int) remaining - 1);
        }
        double roll = random.nextDouble();
        if (roll < 0.62) {
            return transfer(day);
        }
        if (roll < 0.77) {
            return withFee(day);
        }
        if (roll < 0.92) {
            return throughOperating(day);
        }
        if (roll < 0.97) {
            return batch(day, 2 + random.nextInt((int) Math.min(6, remaining - 4)));
        }
        return charges(day);
    }

    @Override
    public List<Journal> inject(LocalDate day, List<AnomalyLabel> labels) {
        return anomalies.inject(day, labels);
    }

    @Override
    public double injectionChance(double rate) {
        return TransferAnomalies.injectionChance(rate);
    }

    /** A customer-to-customer transfer of {@code cents} dated {@code day}, entered that day or the business day before. */
    Journal transfer(LocalDate day, TransferAccounts.Account from, TransferAccounts.Account to, long cents) {
        Journal journal = header(day, "WIRE");
        journal.add(from.code(), 'D', cents);
        journal.add(to.code(), 'C', cents);
        return journal;
    }

    TransferBook book() {
        return book;
    }

    /**
     * An amount in minor units: log-normal around 2,500.00 times the book's scale, never a multiple of its
     * {@link TransferBook#thousand()}, below its largest clean amount; scaled amounts get minor units of their own.
     */
    long amount() {
        long cents;
        double shape;
        do {
            double log10 = 3.4 + 0.55 * random.nextGaussian();
            cents = (long) Math.pow(10, log10 + 2);
            shape = random.nextDouble();
            if (shape < 0.12) {
                cents = cents / 100 * 100;
            }
            else if (shape < 0.15) {
                cents = cents / 10_000 * 10_000;
            }
        }
        while (cents < 1_000 || cents % THOUSAND == 0 || cents > LARGEST_CLEAN - FEE_ROOM);
        return scaled(cents, shape >= 0.15);
    }

    /** {@code cents} at the book's scale, with minor units of its own when {@code exact} (never a round multiple). */
    long scaled(long cents, boolean exact) {
        if (book.scale() == 1) {
            return cents;
        }
        return cents * book.scale() + (exact ? random.nextInt((int) book.scale()) : 0);
    }

    Journal header(LocalDate effective, String source) {
        Journal journal = new Journal();
        journal.id = String.format("%s%09d", book.idPrefix(), ++sequence);
        journal.effectiveDate = effective;
        journal.entryDate = random.nextInt(10) < 8 ? effective : previousBusinessDay(effective);
        journal.entryTime = 7 * 3600 + random.nextInt(12 * 3600);
        journal.source = source;
        journal.preparedBy = book.preparers().isEmpty() ? "" : any(book.preparers());
        journal.approvedBy = "";
        journal.deptCode = "";
        journal.description = "";
        return journal;
    }

    LocalDate previousBusinessDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!calendar.isBusinessDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private Journal transfer(LocalDate day) {
        TransferAccounts.Account from = accounts.customer(random);
        return transfer(day, from, accounts.customerOtherThan(random, from), amount());
    }

    private Journal withFee(LocalDate day) {
        TransferAccounts.Account from = accounts.customer(random);
        long cents = amount();
        long fee = scaled(100 + random.nextInt((int) FEE_ROOM - 100), true);
        Journal journal = header(day, "WIRE");
        journal.add(from.code(), 'D', cents + fee);
        journal.add(accounts.customerOtherThan(random, from).code(), 'C', cents);
        journal.add(any(accounts.feeIncome).code(), 'C', fee);
        return journal;
    }

    private Journal throughOperating(LocalDate day) {
        TransferAccounts.Account customer = accounts.customer(random);
        TransferAccounts.Account bank = any(accounts.operating);
        boolean deposit = random.nextBoolean();
        Journal journal = header(day, "ACH");
        long cents = amount();
        journal.add((deposit ? bank : customer).code(), 'D', cents);
        journal.add((deposit ? customer : bank).code(), 'C', cents);
        return journal;
    }

    /** One operating account paying {@code payees} customer accounts. */
    private Journal batch(LocalDate day, int payees) {
        Journal journal = header(day, "ACH");
        long[] parts = new long[payees];
        long total = 0;
        for (int i = 0; i < payees; i++) {
            do {
                parts[i] = amount() / payees;
            }
            while (parts[i] < 1_000 * book.scale() || parts[i] % book.thousand() == 0);
            total += parts[i];
        }
        journal.add(any(accounts.operating).code(), 'D', total);
        List<TransferAccounts.Account> paid = new ArrayList<>();
        for (long part : parts) {
            TransferAccounts.Account payee;
            do {
                payee = accounts.customer(random);
            }
            while (paid.contains(payee));
            paid.add(payee);
            journal.add(payee.code(), 'C', part);
        }
        if (total % book.thousand() == 0) {
            journal.amounts[0] += 1;
            journal.amounts[1] += 1;
        }
        return journal;
    }

    private Journal charges(LocalDate day) {
        Journal journal = header(day, "BOOK");
        long cents = scaled(500 + random.nextInt(60_000), true);
        journal.add(any(accounts.charges).code(), 'D', cents);
        journal.add(any(accounts.operating).code(), 'C', cents);
        return journal;
    }

}
