package com.jaia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1000|1000.00", "1,000,000|1000000.00", "1234.5|1234.50", "0.01|0.01", ".5|0.50", "0|0.00",
            "１，２３４|1234.00", "１２３４．５６|1234.56", "¥1,000|1000.00", "￥1,000|1000.00", "$ 12.34|12.34",
            "€5|5.00", "JPY 1,000|1000.00", "1,000 JPY|1000.00", "usd12|12.00", "1000円|1000.00", "' 1 000 '|1000.00",
            "1000.000|1000.00", "+42|42.00", "＋42|42.00", "0012|12.00", "9999999999999999.99|9999999999999999.99"})
    void readsPositiveAmounts(String text, String expected) {
        assertThat(Amounts.parse(text)).isEqualTo(new BigDecimal(expected));
        assertThat(Amounts.problem(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-1000|-1000.00", "\u22121000|-1000.00", "－1,000|-1000.00", "(1,000)|-1000.00", "（1,000）|-1000.00",
            "△1,000|-1000.00", "▲500|-500.00", "1000-|-1000.00", "¥-1,000|-1000.00", "-¥1,000|-1000.00",
            "($12.50)|-12.50", "– 3|-3.00"})
    void readsNegativeAmounts(String text, String expected) {
        assertThat(Amounts.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void alwaysReturnsScaleTwo() {
        assertThat(Amounts.parse("5").scale()).isEqualTo(2);
        assertThat(Amounts.parse("-0").signum()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void callsBlankTextEmpty(String text) {
        assertThat(Amounts.parse(text)).isNull();
        assertThat(Amounts.problem(text)).isEqualTo("is empty");
        assertThat(Amounts.parse(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12a34", "1.2.3", "1e5", "1E+6", "--5", "-(5)", "(5", "5)", "10-00", ",100",
            "1.000,50", "ABCD 100", "JP 100", "#100", "¥", "-", "()"})
    void refusesTextThatIsNotAnAmount(String text) {
        assertThat(Amounts.parse(text)).isNull();
        assertThat(Amounts.problem(text)).isEqualTo("is not an amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "0.001", "-12.345"})
    void refusesMoreThanTwoDecimals(String text) {
        assertThat(Amounts.parse(text)).isNull();
        assertThat(Amounts.problem(text)).isEqualTo("has more than 2 decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000000000", "99999999999999999.99", "-12,345,678,901,234,567"})
    void refusesAmountsBeyondDecimal18Scale2(String text) {
        assertThat(Amounts.parse(text)).isNull();
        assertThat(Amounts.problem(text)).startsWith("is too large for DECIMAL(18,2)");
    }

}
