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

    @ParameterizedTest
    @CsvSource({"8131.200000000001, 2, 813120", "8131.199999999999, 2, 813120", "8131.000000000001, 0, 813100",
        "7999.999999999999, 0, 800000", "'-1,234.5600000000001', 2, -123456", "(0.30000000000000004), 2, -30",
        "12.50000000, 0, 1250"})
    void readsFloatingPointNoiseAsTheNearestAmountWithTheCurrencysDecimals(String text, int decimals, long cents) {
        assertThat(Amounts.scanNoisy(text, decimals)).isEqualTo(cents);
    }

    @ParameterizedTest
    @CsvSource({"12.345, 2", "12.345, 0", "8131.200000000001, 0", "8131.20001, 2", "0.001, 2"})
    void refusesMoreDecimalsThanNoise(String text, int decimals) {
        assertThat(Amounts.scanNoisy(text, decimals)).isEqualTo(Amounts.TOO_MANY_DECIMALS);
        assertThat(Amounts.scan(text)).isEqualTo(Amounts.TOO_MANY_DECIMALS);
    }

}
