package com.jaia.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Injects one audit anomaly: builds a journal the way a clean one is built, then changes exactly the thing the pattern
 * is about, and labels it. Patterns spanning several journals are in {@link CompoundAnomalies}.
 */
final class AnomalyInjector {

    private static final String[][] SUSPICIOUS = { { "キックバック支払", "キックバック" }, { "個人的な飲食代", "個人的" },
            { "在庫数量調整", "調整" }, { "仕訳訂正", "訂正" }, { "架空請求分", "架空" }, { "至急処理 社長指示", "至急" },
            { "口止め料", "口止め" } };

    private static final AnomalyPattern[] PATTERNS = AnomalyPattern.values();

    private final SplittableRandom random;
    private final JournalFactory factory;
    private final BusinessCalendar calendar;
    private final LocalDate start;
    private final LocalDate end;
    private final List<LocalDate> weekdayHolidays = new ArrayList<>();
    private final CompoundAnomalies compound;
    private final RareAccounts rareAccounts = new RareAccounts();

    AnomalyInjector(SplittableRandom random, JournalFactory factory, BusinessCalendar calendar, Company company,
            JournalTemplates templates, LocalDate start, LocalDate end) {
        this.random = random;
        this.factory = factory;
        this.calendar = calendar;
        this.start = start;
        this.end = end;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (calendar.holidayName(day) != null && day.getDayOfWeek().getValue() <= 5) {
                weekdayHolidays.add(day);
            }
        }
        this.compound = new CompoundAnomalies(random, factory, calendar, company, templates, end);
    }

    /** The journals of one injected anomaly dated around {@code day}; their labels are added to {@code labels}. */
    List<Journal> inject(LocalDate day, List<AnomalyLabel> labels) {
        AnomalyPattern pattern = PATTERNS[random.nextInt(PATTERNS.length)];
        if (pattern == AnomalyPattern.RARE_ACCOUNT && !rareAccounts.available()) {
            pattern = AnomalyPattern.SUSPICIOUS_DESCRIPTION;
        }
        return switch (pattern) {
            case SPLIT_TRANSACTION, PERIOD_END_REVENUE, DUPLICATE_ENTRY, JUST_BELOW_LIMIT, ABOVE_APPROVAL_LIMIT,
                    ROUND_AMOUNT -> compound.inject(pattern, day, labels);
            default -> List.of(single(pattern, day, labels));
        };
    }

    private Journal single(AnomalyPattern pattern, LocalDate day, List<AnomalyLabel> labels) {
        Journal journal;
        String why;
        switch (pattern) {
            case SELF_APPROVAL -> {
                journal = factory.clean(day, Journal.MAX_LINES, false);
                journal.approvedBy = journal.preparedBy;
                why = "approved by its own preparer " + journal.preparedBy;
            }
            case WEEKEND_POSTING -> {
                LocalDate weekend = weekendNear(day);
                journal = postedOn(weekend);
                why = "posted on a " + weekend.getDayOfWeek().toString().toLowerCase() + " (" + weekend + ")";
            }
            case HOLIDAY_POSTING -> {
                LocalDate holiday = factory.any(weekdayHolidays);
                journal = postedOn(holiday);
                why = "posted on the national holiday " + calendar.holidayName(holiday) + " (" + holiday + ")";
            }
            case LATE_NIGHT -> {
                journal = factory.clean(day, Journal.MAX_LINES, false);
                journal.entryTime = (22 * 3600 + random.nextInt(7 * 3600)) % 86400;
                why = "entered at " + LedgerWriter.clock(journal.entryTime);
            }
            case RARE_ACCOUNT -> {
                RareAccounts.Use use = rareAccounts.next(random);
                journal = factory.custom(day, use.debit(), use.credit(), factory.logUniform(4, 6.5), "MANUAL",
                        use.description());
                why = "account " + use.account() + " is used only a few times in the year";
            }
            case SUSPICIOUS_DESCRIPTION -> {
                String[] phrase = SUSPICIOUS[random.nextInt(SUSPICIOUS.length)];
                journal = factory.clean(day, Journal.MAX_LINES, false);
                journal.description = phrase[0];
                why = "description contains " + phrase[1];
            }
            case BACKDATED -> {
                journal = backdated(day);
                why = "entered " + journal.entryDate + ", "
                        + (journal.entryDate.toEpochDay() - journal.effectiveDate.toEpochDay())
                        + " days after its effective date " + journal.effectiveDate;
            }
            case MISSING_APPROVAL -> {
                journal = factory.clean(day, Journal.MAX_LINES, false);
                journal.approvedBy = "";
                journal.approvedDate = null;
                why = "no approver and no approval date";
            }
            case UNUSUAL_ACCOUNT_PAIR -> {
                boolean cashSale = random.nextBoolean();
                journal = cashSale
                        ? factory.custom(day, "1110", "4110", factory.logUniform(4.5, 6.5), "SALES", "現金売上")
                        : factory.custom(day, factory.any(List.of("6280", "6230", "6340")),
                                factory.any(List.of("3110", "3130")), factory.logUniform(4.5, 6.5), "MANUAL",
                                "費用振替");
                why = cashSale ? "cash 1110 debited directly against revenue 4110"
                        : "expense " + journal.accounts[0] + " credited to equity " + journal.accounts[1];
            }
            case MANUAL_REVENUE -> {
                journal = factory.identify(factory.build(compound.sales(), day, 0, 0));
                journal.source = "MANUAL";
                why = "revenue posted by a manual journal";
            }
            case SUSPENSE_USAGE -> {
                boolean paid = random.nextBoolean();
                journal = paid ? factory.custom(day, "1430", "1120", factory.logUniform(4, 6.5), "TREASURY", "仮払金支出")
                        : factory.custom(day, "1120", "2210", factory.logUniform(4, 6.5), "TREASURY", "仮受金入金");
                why = "suspense account " + (paid ? "1430 仮払金" : "2210 仮受金") + " used";
            }
            default -> throw new IllegalStateException("not a single-journal pattern: " + pattern);
        }
        labels.add(new AnomalyLabel(journal, pattern.label(), why));
        return journal;
    }

    private Journal postedOn(LocalDate day) {
        Journal journal = factory.clean(day, Journal.MAX_LINES, false);
        journal.entryDate = day;
        journal.approvedDate = day;
        return journal;
    }

    private LocalDate weekendNear(LocalDate day) {
        LocalDate weekend = day;
        while (weekend.getDayOfWeek() != DayOfWeek.SATURDAY && weekend.getDayOfWeek() != DayOfWeek.SUNDAY) {
            weekend = weekend.plusDays(1);
        }
        return weekend.isAfter(end) ? weekend.minusWeeks(1) : weekend;
    }

    private Journal backdated(LocalDate day) {
        LocalDate effective = calendar.plusBusinessDays(day.minusDays(61 + random.nextInt(120)), 0);
        LocalDate entry = day;
        if (effective.isBefore(start)) {
            effective = calendar.plusBusinessDays(start, random.nextInt(20));
            entry = calendar.plusBusinessDays(effective.plusDays(61 + random.nextInt(120)), 0);
        }
        if (entry.toEpochDay() - effective.toEpochDay() <= 60) {
            entry = calendar.plusBusinessDays(effective.plusDays(61), 0);
        }
        Journal journal = factory.clean(effective, Journal.MAX_LINES, false);
        journal.entryDate = entry;
        journal.approvedDate = entry;
        return journal;
    }

}
