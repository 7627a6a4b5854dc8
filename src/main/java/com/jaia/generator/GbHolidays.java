package com.jaia.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bank holidays of England and Wales in a calendar year: New Year's Day, Good Friday, Easter Monday, the early May,
 * spring and summer bank holidays, Christmas Day and Boxing Day, a fixed day falling on a weekend moving to the next
 * weekday as a substitute day, plus the one-off days of 2022 and 2023.
 */
final class GbHolidays {

    private static final Map<LocalDate, String> ONE_OFF = Map.of(LocalDate.of(2022, 6, 3),
            "Platinum Jubilee bank holiday", LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II",
            LocalDate.of(2023, 5, 8), "Coronation of King Charles III");

    private GbHolidays() {
    }

    static Map<LocalDate, String> of(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        substituted(days, LocalDate.of(year, 1, 1), "New Year's Day");
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                "Early May bank holiday");
        LocalDate spring = year == 2022 ? LocalDate.of(2022, 6, 2)
                : LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        days.put(spring, "Spring bank holiday");
        days.put(LocalDate.of(year, Month.AUGUST, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        LocalDate christmas = LocalDate.of(year, 12, 25);
        if (christmas.getDayOfWeek() == DayOfWeek.SUNDAY) {
            // Boxing Day keeps its Monday; Christmas moves to the Tuesday
            substituted(days, christmas.plusDays(1), "Boxing Day");
            substituted(days, christmas, "Christmas Day");
        }
        else {
            substituted(days, christmas, "Christmas Day");
            substituted(days, christmas.plusDays(1), "Boxing Day");
        }
        ONE_OFF.forEach((day, name) -> {
            if (day.getYear() == year) {
                days.put(day, name);
            }
        });
        return days;
    }

    /** The day itself, or when it falls on a weekend the first weekday not already a holiday (substitute day). */
    private static void substituted(TreeMap<LocalDate, String> days, LocalDate date, String name) {
        if (date.getDayOfWeek().getValue() <= 5) {
            days.put(date, name);
            return;
        }
        LocalDate substitute = date;
        while (substitute.getDayOfWeek().getValue() > 5 || days.containsKey(substitute)) {
            substitute = substitute.plusDays(1);
        }
        days.put(substitute, name + " (substitute day)");
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

}
