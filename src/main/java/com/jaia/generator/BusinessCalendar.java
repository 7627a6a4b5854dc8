package com.jaia.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The business days of a country: by default Japan's (national holidays under the rules in force since 2020, with
 * substitute and sandwiched days, and the year-end closure of 29 December to 3 January); {@link #unitedStates()} for US
 * federal holidays, {@link #unitedKingdom()} for the bank holidays of England and Wales.
 */
final class BusinessCalendar {

    private final IntFunction<Map<LocalDate, String>> holidayRules;

    private final boolean yearEndClosure;

    private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new HashMap<>();

    /** Business-day flags by day of year, computed on first use of a year. */
    private final Map<Integer, boolean[]> businessDaysByYear = new HashMap<>();

    private int cachedYear = Integer.MIN_VALUE;

    private boolean[] cachedFlags;

    /** Japan's calendar. */
    BusinessCalendar() {
        this(BusinessCalendar::compute, true);
    }

    private BusinessCalendar(IntFunction<Map<LocalDate, String>> holidayRules, boolean yearEndClosure) {
        this.holidayRules = holidayRules;
        this.yearEndClosure = yearEndClosure;
    }

    /** Bank holidays of England and Wales, with their substitute days; no year-end closure. */
    static BusinessCalendar unitedKingdom() {
        return new BusinessCalendar(GbHolidays::of, false);
    }

    /** US federal holidays, with the days they are observed on; no year-end closure. */
    static BusinessCalendar unitedStates() {
        return new BusinessCalendar(UsHolidays::of, false);
    }

    /** The holidays of a calendar year, by date, with their names. */
    Map<LocalDate, String> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, holidayRules::apply);
    }

    String holidayName(LocalDate date) {
        return holidays(date.getYear()).get(date);
    }

    boolean isBusinessDay(LocalDate date) {
        if (date.getYear() != cachedYear) {
            cachedYear = date.getYear();
            cachedFlags = businessDaysByYear.computeIfAbsent(cachedYear, this::flags);
        }
        return cachedFlags[date.getDayOfYear() - 1];
    }

    private boolean[] flags(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        boolean[] flags = new boolean[first.lengthOfYear()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = computeBusinessDay(first.plusDays(i));
        }
        return flags;
    }

    private boolean computeBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || holidayName(date) != null) {
            return false;
        }
        return !yearEndClosure || !((date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29)
                || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3));
    }

    /** The business day {@code n} business days after {@code date} (n = 0: the date itself or the next business day). */
    LocalDate plusBusinessDays(LocalDate date, int n) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < n; i++) {
            day = day.plusDays(1);
            while (!isBusinessDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    private static Map<LocalDate, String> compute(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元日");
        days.put(nthMonday(year, Month.JANUARY, 2), "成人の日");
        days.put(LocalDate.of(year, 2, 11), "建国記念の日");
        days.put(LocalDate.of(year, 2, 23), "天皇誕生日");
        days.put(LocalDate.of(year, 3, equinoxDay(year, 20.8431)), "春分の日");
        days.put(LocalDate.of(year, 4, 29), "昭和の日");
        days.put(LocalDate.of(year, 5, 3), "憲法記念日");
        days.put(LocalDate.of(year, 5, 4), "みどりの日");
        days.put(LocalDate.of(year, 5, 5), "こどもの日");
        days.put(nthMonday(year, Month.JULY, 3), "海の日");
        days.put(LocalDate.of(year, 8, 11), "山の日");
        days.put(nthMonday(year, Month.SEPTEMBER, 3), "敬老の日");
        days.put(LocalDate.of(year, 9, equinoxDay(year, 23.2488)), "秋分の日");
        days.put(nthMonday(year, Month.OCTOBER, 2), "スポーツの日");
        days.put(LocalDate.of(year, 11, 3), "文化の日");
        days.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        addSandwichedDays(days);
        addSubstituteDays(days);
        return days;
    }

    /** A weekday between two holidays is itself a holiday (国民の休日). */
    private static void addSandwichedDays(TreeMap<LocalDate, String> days) {
        for (LocalDate day : Map.copyOf(days).keySet()) {
            LocalDate between = day.plusDays(1);
            if (!days.containsKey(between) && days.containsKey(day.plusDays(2))
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.put(between, "国民の休日");
            }
        }
    }

    /** A holiday on a Sunday moves to the next day that is not a holiday (振替休日). */
    private static void addSubstituteDays(TreeMap<LocalDate, String> days) {
        for (LocalDate day : Map.copyOf(days).keySet()) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (days.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.put(substitute, "振替休日");
            }
        }
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    private static int equinoxDay(int year, double base) {
        return (int) Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

}
