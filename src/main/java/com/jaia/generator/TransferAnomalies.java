package com.jaia.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Injects the anomalies of a transfers ledger, amounts at its book's scale (here at scale 1): structuring just below
 * 10,000.00 between the same two accounts within days, self-transfers, circular flows of two to four hops, weekend or
 * holiday entry and effective dates (separately), amounts far above the ledger's usual, and round amounts at the
 * ledger's magnitude. Each journal is built as a clean one is, then changed in exactly the way the pattern is about.
 */
final class TransferAnomalies {

    private static final TransferPattern[] PATTERNS = TransferPattern.values();

    private final SplittableRandom random;
    private final TransferJournals journals;
    private final TransferBook book;
    private final TransferAccounts accounts;
    private final BusinessCalendar calendar;
    private final LocalDate start;
    private final LocalDate end;
    private final List<LocalDate> weekdayHolidays = new ArrayList<>();

    TransferAnomalies(SplittableRandom random, TransferJournals journals, TransferAccounts accounts,
            BusinessCalendar calendar, LocalDate start, LocalDate end) {
        this.random = random;
        this.journals = journals;
        this.book = journals.book();
        this.accounts = accounts;
        this.calendar = calendar;
        this.start = start;
        this.end = end;
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            calendar.holidays(year).forEach((day, name) -> {
                if (!name.contains("observed") && day.getDayOfWeek().getValue() <= 5 && !day.isBefore(start)
                        && !day.isAfter(end)) {
                    weekdayHolidays.add(day);
                }
            });
        }
    }

    static double injectionChance(double rate) {
        double mean = 0;
        for (TransferPattern pattern : PATTERNS) {
            mean += pattern.journalsPerInjection;
        }
        mean /= PATTERNS.length;
        return rate / (mean * (1 - rate) + rate);
    }

    List<Journal> inject(LocalDate day, List<AnomalyLabel> labels) {
        TransferPattern pattern = PATTERNS[random.nextInt(PATTERNS.length)];
        List<Journal> out = new ArrayList<>();
        switch (pattern) {
            case STRUCTURING -> structuring(inYear(day), labels, out);
            case CIRCULAR_FLOW -> circle(inYear(day), labels, out);
            case SELF_TRANSFER -> {
                TransferAccounts.Account account = accounts.customer(random);
                Journal journal = journals.transfer(day, account, account, journals.amount());
                label(labels, out, journal, pattern, "debits and credits the same account " + account.code());
            }
            case WEEKEND_ENTRY, WEEKEND_EFFECTIVE -> {
                LocalDate weekend = weekendNear(inYear(day));
                Journal journal = randomTransfer(pattern == TransferPattern.WEEKEND_ENTRY ? nextBusinessDay(weekend)
                        : weekend);
                String which = moveDate(journal, pattern == TransferPattern.WEEKEND_ENTRY, weekend);
                label(labels, out, journal, pattern, which + " on a "
                        + weekend.getDayOfWeek().toString().toLowerCase(Locale.ROOT) + " (" + weekend + ")");
            }
            case HOLIDAY_ENTRY, HOLIDAY_EFFECTIVE -> {
                LocalDate holiday = journals.any(weekdayHolidays);
                Journal journal = randomTransfer(pattern == TransferPattern.HOLIDAY_ENTRY ? nextBusinessDay(holiday)
                        : holiday);
                String which = moveDate(journal, pattern == TransferPattern.HOLIDAY_ENTRY, holiday);
                label(labels, out, journal, pattern, which + " on " + calendar.holidayName(holiday) + " ("
                        + holiday + ")");
            }
            case LARGE_AMOUNT -> {
                long cents = journals.scaled((long) Math.pow(10, 7.2 + random.nextDouble() * 0.75), true);
                cents = cents % book.thousand() == 0 ? cents + 37 : cents;
                Journal journal = randomTransfer(day, cents);
                label(labels, out, journal, pattern, "amount of " + dollars(cents) + ", about "
                        + Math.round(cents / (250_000.0 * book.scale())) + " times the ledger's typical "
                        + dollars(250_000 * book.scale()));
            }
            case ROUND_AMOUNT -> {
                long cents = (1 + random.nextInt(5)) * 10 * book.thousand();
                Journal journal = randomTransfer(day, cents);
                label(labels, out, journal, pattern, "round amount of " + dollars(cents));
            }
        }
        return out;
    }

    private void structuring(LocalDate day, List<AnomalyLabel> labels, List<Journal> out) {
        TransferAccounts.Account from = accounts.customer(random);
        TransferAccounts.Account to = accounts.customerOtherThan(random, from);
        int parts = 3 + random.nextInt(3);
        LocalDate date = day;
        LocalDate first = day;
        for (int i = 1; i <= parts; i++) {
            long cents = journals.scaled(900_000 + random.nextInt(99_000), true);
            Journal journal = journals.transfer(date, from, to, cents);
            label(labels, out, journal, TransferPattern.STRUCTURING, "part " + i + " of " + parts + " from "
                    + from.code() + " to " + to.code() + " from " + first + ", " + dollars(cents)
                    + ", each just below " + dollars(10 * book.thousand()));
            date = calendar.plusBusinessDays(date, random.nextInt(2));
        }
    }

    private void circle(LocalDate day, List<AnomalyLabel> labels, List<Journal> out) {
        double roll = random.nextDouble();
        int hops = roll < 0.3 ? 2 : roll < 0.75 ? 3 : 4;
        List<TransferAccounts.Account> ring = new ArrayList<>();
        while (ring.size() < hops) {
            TransferAccounts.Account account = accounts.customer(random);
            if (!ring.contains(account)) {
                ring.add(account);
            }
        }
        StringBuilder path = new StringBuilder();
        for (TransferAccounts.Account account : ring) {
            path.append(account.code()).append(" -> ");
        }
        path.append(ring.get(0).code());
        long cents = journals.scaled((long) Math.pow(10, 5.3 + random.nextDouble() * 1.4), true);
        LocalDate date = day;
        for (int i = 0; i < hops; i++) {
            cents = cents % book.thousand() == 0 ? cents - 13 : cents;
            Journal journal = journals.transfer(date, ring.get(i), ring.get((i + 1) % hops), cents);
            label(labels, out, journal, TransferPattern.CIRCULAR_FLOW, "hop " + (i + 1) + " of " + hops + " of "
                    + path + " from " + day + ", " + dollars(cents));
            cents = (long) (cents * (1 - random.nextDouble() * 0.02));
            date = calendar.plusBusinessDays(date, random.nextInt(3));
        }
    }

    private Journal randomTransfer(LocalDate day) {
        return randomTransfer(day, journals.amount());
    }

    private Journal randomTransfer(LocalDate day, long cents) {
        TransferAccounts.Account from = accounts.customer(random);
        return journals.transfer(day, from, accounts.customerOtherThan(random, from), cents);
    }

    /** Puts the entry date (else the effective date) on {@code day}, the other on a business day. */
    private String moveDate(Journal journal, boolean entry, LocalDate day) {
        if (entry) {
            journal.entryDate = day;
            return "entered";
        }
        journal.effectiveDate = day;
        journal.entryDate = journals.previousBusinessDay(day);
        return "effective";
    }

    /** A day of the fiscal year, so that injections spanning a few days stay in it. */
    private LocalDate inYear(LocalDate day) {
        if (day.isBefore(start)) {
            return calendar.plusBusinessDays(start, 0);
        }
        return day.isAfter(end.minusDays(10)) ? end.minusDays(10) : day;
    }

    private LocalDate nextBusinessDay(LocalDate day) {
        return calendar.plusBusinessDays(day.plusDays(1), 0);
    }

    private LocalDate weekendNear(LocalDate day) {
        LocalDate weekend = day;
        while (weekend.getDayOfWeek() != DayOfWeek.SATURDAY && weekend.getDayOfWeek() != DayOfWeek.SUNDAY) {
            weekend = weekend.plusDays(1);
        }
        return weekend;
    }

    private static void label(List<AnomalyLabel> labels, List<Journal> out, Journal journal, TransferPattern pattern,
            String why) {
        labels.add(new AnomalyLabel(journal, pattern.label(), why));
        out.add(journal);
    }

    static String dollars(long cents) {
        return String.format(Locale.ROOT, "%,d.%02d", cents / 100, cents % 100);
    }

}
