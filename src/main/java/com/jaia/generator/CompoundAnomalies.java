package com.jaia.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The anomalies about amounts, approval limits and several journals at once: round amounts, amounts just below or above
 * the approver's limit, split transactions, period-end revenue (often reversed after the year end) and duplicates.
 */
record CompoundAnomalies(SplittableRandom random, JournalFactory factory, BusinessCalendar calendar, Company company,
        JournalTemplates templates, LocalDate end) {

    private static final List<String> PURCHASE_KINDS = List.of("purchase", "expense_invoice", "asset_purchase");

    JournalTemplate sales() {
        return templates.named("sales");
    }

    List<Journal> inject(AnomalyPattern pattern, LocalDate day, List<AnomalyLabel> labels) {
        String name = pattern.label();
        List<Journal> journals = new ArrayList<>();
        switch (pattern) {
            case ROUND_AMOUNT -> {
                long amount = (1 + random.nextInt(50)) * JournalFactory.MILLION;
                Journal journal = twoLine(factory.any(List.of("payment", "other_payment", "sales", "purchase")), day,
                        amount);
                journals.add(label(labels, journal, name, "round amount of " + yen(amount) + " yen"));
            }
            case JUST_BELOW_LIMIT, ABOVE_APPROVAL_LIMIT -> {
                boolean below = pattern == AnomalyPattern.JUST_BELOW_LIMIT;
                List<Company.User> approvers = company.approvers;
                Company.User approver = approvers.get(random.nextInt(approvers.size() - (below ? 0 : 1)));
                long limit = approver.approvalLimit();
                long amount = notRound((long) (limit * (below ? 0.95 + random.nextDouble() * 0.049
                        : 1.1 + random.nextDouble() * 1.9)));
                Journal journal = approvedBy(twoLine(factory.any(PURCHASE_KINDS), day, amount), approver);
                String share = Math.round(amount * 1000.0 / limit) / 10.0 + "%";
                journals.add(label(labels, journal, name, yen(amount) + " yen is " + share + " of approver "
                        + approver.id() + "'s limit of " + yen(limit)));
            }
            case SPLIT_TRANSACTION -> split(day, labels, journals);
            case PERIOD_END_REVENUE -> periodEndRevenue(labels, journals);
            case DUPLICATE_ENTRY -> {
                Journal original = twoLine(factory.any(PURCHASE_KINDS), day, factory.logUniform(4, 7));
                Journal duplicate = factory.identify(original.copy(null));
                journals.add(label(labels, original, name, "posted again as " + duplicate.id));
                journals.add(label(labels, duplicate, name, "same account " + original.accounts[0] + ", amount "
                        + yen(original.amounts[0]) + " and date as " + original.id));
            }
            default -> throw new IllegalStateException("not a compound pattern: " + pattern);
        }
        return journals;
    }

    private void split(LocalDate day, List<AnomalyLabel> labels, List<Journal> journals) {
        int parts = 3 + random.nextInt(2);
        Company.User approver = company.approvers.get(random.nextInt(company.approvers.size() - 1));
        Company.User preparer = otherPreparer(approver.id());
        Company.Vendor vendor = factory.any(company.suppliers);
        long limit = approver.approvalLimit();
        for (int i = 1; i <= parts; i++) {
            long amount = notRound((long) (limit * (0.9 + random.nextDouble() * 0.09)));
            Journal journal = approvedBy(twoLine("expense_invoice", day, amount), approver);
            journal.preparedBy = preparer.id();
            journal.deptCode = preparer.deptCode();
            journal.vendorCode = vendor.code();
            journals.add(label(labels, journal, "split_transaction", "part " + i + " of " + parts + " to "
                    + vendor.code() + " by " + preparer.id() + " on " + day + ", each below " + approver.id()
                    + "'s limit of " + yen(limit)));
        }
    }

    private void periodEndRevenue(List<AnomalyLabel> labels, List<Journal> journals) {
        List<LocalDate> lastDays = new ArrayList<>();
        for (LocalDate d = end.minusDays(2); !d.isAfter(end); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                lastDays.add(d);
            }
        }
        LocalDate day = lastDays.isEmpty() ? end : factory.any(lastDays);
        long amount = factory.logUniform(8, 8.5);
        Journal sale = factory.identify(factory.build(sales(), day, 3, amount));
        sale.entryDate = day;
        sale.approvedDate = day;
        journals.add(label(labels, sale, "period_end_revenue", "revenue of " + yen(amount)
                + " yen booked on " + day + " in the last days of the fiscal year"));
        if (random.nextInt(10) < 6) {
            Journal reversal = factory.identify(sale.copy(null));
            for (int i = 0; i < reversal.size; i++) {
                reversal.sides[i] = reversal.sides[i] == 'D' ? 'C' : 'D';
            }
            LocalDate after = calendar.plusBusinessDays(end.plusDays(1), random.nextInt(5));
            reversal.effectiveDate = after;
            reversal.entryDate = after;
            reversal.approvedDate = after;
            reversal.description = "売上取消 期末計上分";
            journals.add(label(labels, reversal, "period_end_revenue", "reverses " + sale.id + " on " + after));
        }
    }

    private Journal twoLine(String kind, LocalDate day, long amount) {
        return factory.identify(factory.build(templates.named(kind), day, 2, amount));
    }

    private Journal approvedBy(Journal journal, Company.User approver) {
        journal.approvedBy = approver.id();
        if (journal.preparedBy.equals(approver.id())) {
            Company.User preparer = otherPreparer(approver.id());
            journal.preparedBy = preparer.id();
            journal.deptCode = preparer.deptCode();
        }
        return journal;
    }

    private Company.User otherPreparer(String notThisOne) {
        Company.User preparer;
        do {
            preparer = factory.any(company.preparers);
        }
        while (preparer.id().equals(notThisOne));
        return preparer;
    }

    private long notRound(long amount) {
        return amount % JournalFactory.MILLION == 0 ? amount - 1 - random.nextInt(999) : amount;
    }

    private static Journal label(List<AnomalyLabel> labels, Journal journal, String pattern, String why) {
        labels.add(new AnomalyLabel(journal, pattern, why));
        return journal;
    }

    static String yen(long amount) {
        return String.format("%,d", amount);
    }

}
