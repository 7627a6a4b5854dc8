package com.jaia.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The journals of a Japanese trading company (sales, purchases, payroll, expenses ...) over one fiscal year, with the
 * company's anomalies: the source of the {@code standard} and {@code jp-end-year} profiles.
 */
final class CompanyJournals implements JournalSource {

    private final JournalFactory factory;
    private final AnomalyInjector injector;
    private final List<LocalDate> days = new ArrayList<>();

    CompanyJournals(SplittableRandom random, long seed, LocalDate start, LocalDate end, String idPrefix) {
        BusinessCalendar calendar = new BusinessCalendar();
        Company company = Company.create(seed);
        JournalTemplates templates = new JournalTemplates();
        this.factory = new JournalFactory(random, company, calendar, templates, end, idPrefix);
        this.injector = new AnomalyInjector(random, factory, calendar, company, templates, start, end);
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                days.add(day);
            }
        }
    }

    @Override
    public List<LocalDate> days() {
        return days;
    }

    @Override
    public Journal clean(LocalDate day, long remaining) {
        return remaining <= Journal.MAX_LINES ? factory.clean(day, (int) remaining, true)
                : factory.clean(day, (int) Math.min(Journal.MAX_LINES, remaining - 2), false);
    }

    @Override
    public List<Journal> inject(LocalDate day, List<AnomalyLabel> labels) {
        return injector.inject(day, labels);
    }

    @Override
    public double injectionChance(double rate) {
        return AnomalyPattern.injectionChance(rate);
    }

}
