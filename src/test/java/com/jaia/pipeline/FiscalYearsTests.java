package com.jaia.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FiscalYearsTests {

    @Test
    void readsACommaSeparatedList() {
        assertThat(FiscalYears.parse(" 2025, 2024 ,").years()).containsExactly(2024, 2025);
        assertThat(FiscalYears.parse("2024,2025").all()).isFalse();
    }

    @Test
    void readsAllInAnyCase() {
        assertThat(FiscalYears.parse("ALL").all()).isTrue();
        assertThat(FiscalYears.allYears()).hasToString("all");
    }

    @Test
    void readsNothingToRefreshFromAnEmptyText() {
        assertThat(FiscalYears.parse("").years()).isEmpty();
        assertThat(FiscalYears.parse(null).all()).isFalse();
    }

    @Test
    void rejectsAYearThatIsNotANumber() {
        assertThatThrownBy(() -> FiscalYears.parse("2024,FY25")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("2024,FY25");
    }

}
