package com.jaia.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    private final BusinessCalendar calendar = new BusinessCalendar();

    @Test
    void knowsTheNationalHolidaysOfFiscal2024IncludingSubstitutes() {
        assertThat(calendar.holidayName(LocalDate.of(2024, 4, 29))).isEqualTo("昭和の日");
        assertThat(calendar.holidayName(LocalDate.of(2024, 5, 6))).isEqualTo("振替休日");
        assertThat(calendar.holidayName(LocalDate.of(2024, 7, 15))).isEqualTo("海の日");
        assertThat(calendar.holidayName(LocalDate.of(2024, 8, 12))).isEqualTo("振替休日");
        assertThat(calendar.holidayName(LocalDate.of(2024, 9, 16))).isEqualTo("敬老の日");
        assertThat(calendar.holidayName(LocalDate.of(2024, 9, 22))).isEqualTo("秋分の日");
        assertThat(calendar.holidayName(LocalDate.of(2024, 9, 23))).isEqualTo("振替休日");
        assertThat(calendar.holidayName(LocalDate.of(2025, 1, 13))).isEqualTo("成人の日");
        assertThat(calendar.holidayName(LocalDate.of(2025, 2, 24))).isEqualTo("振替休日");
        assertThat(calendar.holidayName(LocalDate.of(2025, 3, 20))).isEqualTo("春分の日");
        assertThat(calendar.holidays(2024)).hasSize(21);
    }

    @Test
    void closesOnWeekendsHolidaysAndTheYearEnd() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2024, 4, 6))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2024, 11, 4))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2024, 12, 30))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 1, 3))).isFalse();
        assertThat(calendar.plusBusinessDays(LocalDate.of(2024, 12, 27), 1)).isEqualTo(LocalDate.of(2025, 1, 6));
    }

}
