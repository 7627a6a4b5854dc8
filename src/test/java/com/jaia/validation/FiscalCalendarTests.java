package com.jaia.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalCalendarTests {

    @ParameterizedTest
    @CsvSource({"2024-04-01,4,2024,1", "2025-03-31,4,2024,12", "2024-12-15,4,2024,9", "2024-01-01,4,2023,10",
            "2024-01-01,1,2024,1", "2024-12-31,1,2024,12", "2024-10-01,10,2024,1", "2024-09-30,10,2023,12",
            "2024-07-01,7,2024,1"})
    void derivesFiscalYearAndPeriod(String date, int startMonth, int fiscalYear, int period) {
        LocalDate day = LocalDate.parse(date);
        assertThat(FiscalCalendar.fiscalYear(day, startMonth)).isEqualTo(fiscalYear);
        assertThat(FiscalCalendar.period(day, startMonth)).isEqualTo(period);
    }

    @Test
    void refusesStartMonthsOutsideTheYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalCalendar.period(LocalDate.now(), 13))
                .withMessageContaining("1..12");
    }

}
