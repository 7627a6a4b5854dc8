package com.jaia.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds clean journals: balanced, on business days, entered in office hours, approved by someone else whose limit
 * comfortably covers the amount, with amounts that are never exact millions.
 */
final class JournalFactory {

    static final long MILLION = 1_000_000L;

    /** Office hours of clean entries: 08:30 to 19:00. */
    private static final int OPENS = 8 * 3600 + 30 * 60;
    private static final int CLOSES = 19 * 3600;

    private final SplittableRandom random;
    private final Company company;
    private final BusinessCalendar calendar;
    private final JournalTemplates templates;
    private final LocalDate fiscalYearEnd;
    private final String idPrefix;
    private long sequence;

    JournalFactory(SplittableRandom random, Company company, BusinessCalendar calendar, JournalTemplates templates,
            LocalDate fiscalYearEnd, String idPrefix) {
        this.random = random;
        this.company = company;
        this.calendar = calendar;
        this.templates = templates;
        this.fiscalYearEnd = fiscalYearEnd;
        this.idPrefix = idPrefix;
    }

    /** A clean journal of any kind with at most {@code maxLines} lines, or exactly that many when {@code exact}. */
    Journal clean(LocalDate day, int maxLines, boolean exact) {
        Journal journal;
        if (exact) {
            journal = build(templates.named("expense_claim"), day, maxLines, 0);
        }
        else {
            do {
                journal = build(templates.pick(random), day, 0, 0);
            }
            while (journal.size > maxLines);
        }
        return identify(journal);
    }

    /** A journal of the named kind; {@code exactLines} and {@code fixedTotal} are used when positive. */
    Journal build(JournalTemplate template, LocalDate day, int exactLines, long fixedTotal) {
        int debitLines = template.debit().lines(random);
        int creditLines = template.credit().lines(random);
        boolean tax = template.taxSide() != '-';
        if (exactLines > 0) {
            boolean multiDebit = template.debit().maxLines() >= template.credit().maxLines();
            int other = multiDebit ? template.credit().minLines() : template.debit().minLines();
            int multi = exactLines - other - (tax ? 1 : 0);
            if (multi < 1) {
                tax = false;
                multi = exactLines - other;
            }
            debitLines = multiDebit ? multi : other;
            creditLines = multiDebit ? other : multi;
        }
        Journal journal = new Journal();
        long total;
        do {
            total = fixedTotal > 0 ? fixedTotal : drawTotal(template, day);
            journal.clearLines();
            long taxAmount = tax ? total * 10 / 110 : 0;
            addSide(journal, 'D', template.debit(), debitLines, template.taxSide() == 'D' ? taxAmount : 0, total);
            if (tax && template.taxSide() == 'D') {
                journal.add(template.taxAccount(), 'D', taxAmount);
            }
            addSide(journal, 'C', template.credit(), creditLines, template.taxSide() == 'C' ? taxAmount : 0, total);
            if (tax && template.taxSide() == 'C') {
                journal.add(template.taxAccount(), 'C', taxAmount);
            }
        }
        while (fixedTotal == 0 && hasRoundLine(journal));
        Company.Vendor vendor = vendor(template.counterparty());
        header(journal, day, total, template.source(), describe(template, day, vendor));
        journal.vendorCode = vendor == null ? "" : vendor.code();
        return journal;
    }

    /** A two-line journal between the given accounts, with no vendor. */
    Journal custom(LocalDate day, String debit, String credit, long amount, String source, String description) {
        Journal journal = new Journal();
        journal.add(debit, 'D', amount);
        journal.add(credit, 'C', amount);
        header(journal, day, amount, source, description);
        return identify(journal);
    }

    Journal identify(Journal journal) {
        String number = Long.toString(++sequence);
        journal.id = idPrefix + "0000000".substring(Math.min(7, number.length())) + number;
        return journal;
    }

    /** A total between 10^lo and 10^hi yen, never an exact multiple of a million. */
    long logUniform(double lo, double hi) {
        long total = (long) Math.pow(10, lo + random.nextDouble() * (hi - lo));
        return total % MILLION == 0 ? total + 1 + random.nextInt(999) : total;
    }

    /** An active approver other than {@code preparer} whose limit exceeds the amount by more than a tenth. */
    Company.User approverFor(long amount, String preparer) {
        List<Company.User> approvers = company.approvers;
        int first = 0;
        while (first < approvers.size() - 1 && approvers.get(first).approvalLimit() / 10 * 9 <= amount) {
            first++;
        }
        Company.User approver;
        do {
            approver = approvers.get(first + random.nextInt(approvers.size() - first));
        }
        while (approver.id().equals(preparer) && first < approvers.size() - 1);
        return approver;
    }

    <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private void header(Journal journal, LocalDate day, long total, String source, String description) {
        journal.effectiveDate = day;
        journal.entryDate = random.nextInt(10) < 7 ? day : calendar.plusBusinessDays(day, 1 + random.nextInt(5));
        journal.approvedDate = random.nextInt(10) < 6 ? journal.entryDate
                : calendar.plusBusinessDays(journal.entryDate, 1 + random.nextInt(2));
        journal.entryTime = OPENS + (random.nextInt(CLOSES - OPENS) + random.nextInt(CLOSES - OPENS)) / 2;
        Company.User preparer = any(company.preparers);
        journal.preparedBy = preparer.id();
        journal.deptCode = preparer.deptCode();
        journal.approvedBy = approverFor(total, preparer.id()).id();
        journal.source = source;
        journal.description = description;
    }

    private long drawTotal(JournalTemplate template, LocalDate day) {
        double hi = template.log10Max();
        double lo = template.log10Min();
        if (template.creditsRevenue() && day.isAfter(fiscalYearEnd.minusDays(3))) {
            hi = Math.min(hi, 6);
            lo = Math.min(lo, 3.5);
        }
        return logUniform(lo, hi);
    }

    private void addSide(Journal journal, char side, JournalTemplate.Side spec, int lines, long taxAmount, long total) {
        long remaining = total - taxAmount;
        double[] weights = new double[lines];
        double sum = 0;
        for (int i = 0; i < lines; i++) {
            weights[i] = 0.2 + random.nextDouble();
            sum += weights[i];
        }
        for (int i = 0; i < lines; i++) {
            long part = i == lines - 1 ? remaining : (long) ((total - taxAmount) * weights[i] / sum);
            remaining -= part;
            journal.add(spec.account(i, lines, random), side, part);
        }
    }

    private static boolean hasRoundLine(Journal journal) {
        for (int i = 0; i < journal.size; i++) {
            if (journal.amounts[i] % MILLION == 0) {
                return true;
            }
        }
        return false;
    }

    private Company.Vendor vendor(String counterparty) {
        return switch (counterparty) {
            case "customer" -> any(company.customers);
            case "supplier" -> any(company.suppliers);
            case "affiliate" -> any(company.affiliates);
            default -> null;
        };
    }

    private String describe(JournalTemplate template, LocalDate day, Company.Vendor vendor) {
        String text = template.descriptions()[random.nextInt(template.descriptions().length)];
        if (text.indexOf('{') >= 0) {
            text = text.replace("{m}", Integer.toString(day.getMonthValue()));
        }
        return vendor == null ? text : text + " " + vendor.name();
    }

}
