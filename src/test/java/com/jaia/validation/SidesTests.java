package com.jaia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SidesTests {

    @ParameterizedTest
    @ValueSource(strings = {"D", "d", " D ", "Dr", "DR", "debit", "Debit", "DEBIT", "借", "借方", "1", "１", "Ｄ", "\u3000借方"})
    void readsDebits(String text) {
        assertThat(Sides.parse(text)).isEqualTo('D');
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "c", "Cr", "CR", "credit", "Credit", "貸", "貸方", "2", "２", "Ｃ"})
    void readsCredits(String text) {
        assertThat(Sides.parse(text)).isEqualTo('C');
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "X", "3", "0", "DC", "借貸", "debits", "+", "-"})
    void refusesAnythingElse(String text) {
        assertThat(Sides.parse(text)).isEqualTo(Sides.UNKNOWN);
        assertThat(Sides.parse(null)).isEqualTo(Sides.UNKNOWN);
    }

}
