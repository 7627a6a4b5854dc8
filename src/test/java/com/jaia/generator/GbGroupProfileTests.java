package com.jaia.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The gb-group profile writes the conventions it claims, and its holidays are those the rules' GB calendar lists. */
class GbGroupProfileTests extends GeneratedLedgerTests {

    GbGroupProfileTests() {
        super(new LedgerGenerator(5, 2025, 0.03, LedgerProfile.GB_GROUP, 0), 20_000);
    }

    @Test
    void writesPoundsInTheMillionsWithPence() {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("business_unit_code")).isEqualTo("GB10");
            assertThat(row.get("amount_currency")).isEqualTo("GBP");
            assertThat(row.get("amount")).matches("[0-9]+\\.[0-9]{2}");
        });
        List<BigDecimal> amounts = rows.stream().map(r -> new BigDecimal(r.get("amount"))).sorted().toList();
        assertThat(amounts.get(amounts.size() / 2)).isBetween(new BigDecimal("1000000"), new BigDecimal("5000000"));
        assertThat(rows).filteredOn(r -> !r.get("amount").endsWith("0.00")).hasSizeGreaterThan(rows.size() / 2);
    }

    @Test
    void namesAJulyToJuneYearByItsEndYearAndNumbersPeriodsFromJuly() {
        assertThat(rows).allSatisfy(row -> {
            LocalDate effective = LocalDate.parse(row.get("effective_date"));
            int endYear = effective.getMonthValue() >= 7 ? effective.getYear() + 1 : effective.getYear();
            assertThat(row.get("fiscal_year")).isEqualTo(Integer.toString(endYear));
            assertThat(row.get("accounting_period"))
                .isEqualTo(Integer.toString((effective.getMonthValue() - 7 + 12) % 12 + 1));
        });
        assertThat(rows).filteredOn(r -> r.get("fiscal_year").equals("2025"))
            .allSatisfy(r -> assertThat(LocalDate.parse(r.get("effective_date")))
                .isBetween(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)));
    }

    @Test
    void fillsPreparersButNoApprovalsAndItsMastersMatch() throws IOException {
        Set<String> preparers = rows.stream().map(r -> r.get("prepared_by")).collect(Collectors.toSet());
        assertThat(preparers).hasSize(12).doesNotContain("");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("approved_by")).isEmpty();
            assertThat(row.get("approved_date")).isEmpty();
            assertThat(row.get("last_modified_by")).isEqualTo(row.get("prepared_by"));
        });
        assertThat(LedgerFile.rows(dir.resolve("masters/users.csv"))).extracting(u -> u.get("user_id"))
            .containsExactlyInAnyOrderElementsOf(preparers);
        assertThat(Files.exists(dir.resolve("masters/chart_of_accounts.csv"))).isTrue();
    }

    @Test
    void postsCleanJournalsOnEnglishBusinessDaysOnlyAndLabelsTheInjectedHolidays() {
        BusinessCalendar calendar = BusinessCalendar.unitedKingdom();
        Set<String> labelled = labels.stream().map(l -> l.get("journal_id")).collect(Collectors.toSet());
        assertThat(rows).filteredOn(r -> !labelled.contains(r.get("journal_id"))).allSatisfy(row -> {
            assertThat(calendar.isBusinessDay(LocalDate.parse(row.get("effective_date")))).isTrue();
            assertThat(calendar.isBusinessDay(LocalDate.parse(row.get("entry_date")))).isTrue();
        });
        assertThat(labels).extracting(l -> l.get("pattern")).contains("holiday_entry", "holiday_effective",
                "structuring", "circular_flow");
    }

    @Test
    void bankHolidaysAreTheWeekdaysOfTheRulesCalendarForEnglandAndWales() throws IOException {
        Set<LocalDate> rulesCalendar = Files.readAllLines(Path.of("jobs/journal-import/calendar/holidays-gb.csv"))
            .stream().skip(1).map(line -> LocalDate.parse(line.substring(0, 10)))
            .filter(d -> d.getYear() >= 2022 && d.getYear() <= 2027).collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> generated = new TreeSet<>();
        for (int year = 2022; year <= 2027; year++) {
            GbHolidays.of(year).keySet().stream().filter(d -> d.getDayOfWeek().getValue() <= 5).forEach(generated::add);
        }
        assertThat(generated).isEqualTo(rulesCalendar);
        assertThat(GbHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    }

}
