package com.jaia.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CsvCellsTests {

    @Test
    void neutralisesTextThatASpreadsheetWouldExecute() {
        assertThat(CsvCells.of("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.of("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvCells.of("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.of("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.of("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void keepsOrdinaryTextNumbersAndDates() {
        assertThat(CsvCells.of("Cash")).isEqualTo("Cash");
        assertThat(CsvCells.of("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.of(new BigDecimal("-13800.00"))).isEqualTo("-13800.00");
        assertThat(CsvCells.of(-3L)).isEqualTo("-3");
        assertThat(CsvCells.of(LocalDate.of(2024, 4, 1))).isEqualTo("2024-04-01");
        assertThat(CsvCells.of(null)).isEmpty();
        assertThat(CsvCells.of("")).isEmpty();
    }

}
