package com.jaia.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * US federal holidays of a calendar year. A fixed-date holiday on a Saturday is also observed on the Friday before, on a
 * Sunday on the Monday after; both the date and the observed day are holidays here, so that no clean posting falls on
 * a day that one bank calendar or another closes.
 */
final class UsHolidays {

    private UsHolidays() {
    }

    static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        fixed(days, LocalDate.of(year, 1, 1), "New Year's Day");
        days.put(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Martin Luther King Jr. Day");
        days.put(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday");
        days.put(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), "Memorial Day");
        fixed(days, LocalDate.of(year, 6, 19), "Juneteenth National Independence Day");
        fixed(days, LocalDate.of(year, 7, 4), "Independence Day");
        days.put(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day");
        days.put(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY), "Columbus Day");
        fixed(days, LocalDate.of(year, 11, 11), "Veterans Day");
        days.put(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving Day");
        fixed(days, LocalDate.of(year, 12, 25), "Christmas Day");
        if (LocalDate.of(year + 1, 1, 1).getDayOfWeek() == DayOfWeek.SATURDAY) {
            days.put(LocalDate.of(year, 12, 31), "New Year's Day (observed)");
        }
        return days;
    }

    private static void fixed(Map<LocalDate, String> days, LocalDate date, String name) {
        days.put(date, name);
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY && date.getDayOfYear() > 1) {
            days.put(date.minusDays(1), name + " (observed)");
        }
        else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            days.put(date.plusDays(1), name + " (observed)");
        }
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

}
