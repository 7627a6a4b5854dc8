package com.jaia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerDatesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-04-01|2024-04-01", "2024/04/01|2024-04-01", "2024-4-1|2024-04-01", "2024/4/1|2024-04-01",
            "2024.04.01|2024-04-01", "20240401|2024-04-01", "2024年4月1日|2024-04-01", "2024年04月01日|2024-04-01",
            "２０２４／０４／０１|2024-04-01", "' 2024-04-01 '|2024-04-01", "2024-02-29|2024-02-29",
            "2024-04-01T10:30:00|2024-04-01", "2024/04/01 10:30|2024-04-01", "20240401 103000|2024-04-01",
            "2000-02-29|2000-02-29"})
    void readsGregorianDates(String text, String expected) {
        assertThat(LedgerDates.parse(text)).isEqualTo(LocalDate.parse(expected));
        assertThat(LedgerDates.problem(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "令和6年4月1日|2024-04-01", "R6.4.1|2024-04-01", "r6.4.1|2024-04-01", "R06.04.01|2024-04-01",
            "R6/4/1|2024-04-01", "H31.4.30|2019-04-30", "平成31年4月30日|2019-04-30", "S64.1.7|1989-01-07",
            "昭和64年1月7日|1989-01-07", "令和元年5月1日|2019-05-01", "平成元年1月8日|1989-01-08", "H1.1.8|1989-01-08",
            "Ｒ６．４．１|2024-04-01", "大正15年12月24日|1926-12-24", "T1.7.30|1912-07-30"})
    void readsJapaneseEraDates(String text, String expected) {
        assertThat(LedgerDates.parse(text)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-01", "2024/02/30", "2023-02-29", "1900-02-29", "20240431", "2024年2月30日",
            "R6.2.30", "2024-00-10", "2024-04-00"})
    void refusesDaysThatDoNotExist(String text) {
        assertThat(LedgerDates.parse(text)).isNull();
        assertThat(LedgerDates.problem(text)).isEqualTo("is not a real calendar date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"H31.5.1", "R1.4.30", "S64.1.8", "平成0年1月1日"})
    void refusesEraDatesOutsideTheEra(String text) {
        assertThat(LedgerDates.parse(text)).isNull();
        assertThat(LedgerDates.problem(text)).isIn("is not within that Japanese era", LedgerDates.problem("x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0024-04-01", "1899-12-31", "3000-01-01"})
    void refusesYearsThatAreTypos(String text) {
        assertThat(LedgerDates.parse(text)).isNull();
        assertThat(LedgerDates.problem(text)).isEqualTo("has a year outside 1900..2999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "24-04-01", "2024-04", "2024-04-01x", "2024-04/01", "2024年4月1", "202441",
            "2024040", "45383", "X6.4.1", "R.4.1", "2024--04-01", "01/04/2024", "2024-04-01T"})
    void refusesTextThatIsNotADate(String text) {
        assertThat(LedgerDates.parse(text)).isNull();
        assertThat(LedgerDates.problem(text)).startsWith("is not a date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void callsBlankTextEmpty(String text) {
        assertThat(LedgerDates.parse(text)).isNull();
        assertThat(LedgerDates.problem(text)).isEqualTo("is empty");
    }

}
