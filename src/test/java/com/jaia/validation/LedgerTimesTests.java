package com.jaia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerTimesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10:30|10:30:00", "9:05|09:05:00", "09:05|09:05:00", "23:59:59|23:59:59", "10:30:15.250|10:30:15",
            "103015|10:30:15", "0930|09:30:00", "１０：３０|10:30:00", "' 10:30 '|10:30:00", "00:00|00:00:00",
            "2024-04-01T10:30:00|10:30:00", "2024/04/01 10:30|10:30:00"})
    void readsTimes(String text, String expected) {
        assertThat(LedgerTimes.parse(text)).isEqualTo(LocalTime.parse(expected));
        assertThat(LedgerTimes.problem(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "10:60", "10:30:60", "abc", "10", "1030150", "10:3", "10:30:", "10:30:15.",
            "10-30", "2024-04-01", "103", "10:30 pm"})
    void refusesTextThatIsNotATime(String text) {
        assertThat(LedgerTimes.parse(text)).isNull();
        assertThat(LedgerTimes.problem(text)).startsWith("is not a time");
    }

    @Test
    void callsBlankTextEmpty() {
        assertThat(LedgerTimes.parse(" ")).isNull();
        assertThat(LedgerTimes.problem("")).isEqualTo("is empty");
    }

    @Test
    void takesTheTimeOfADateTimeOnly() {
        assertThat(LedgerTimes.timeOfDateTime("2024/04/01 10:30")).isEqualTo(LocalTime.of(10, 30));
        assertThat(LedgerTimes.timeOfDateTime("2024-04-01")).isNull();
        assertThat(LedgerTimes.timeOfDateTime("10:30")).isNull();
    }

}
