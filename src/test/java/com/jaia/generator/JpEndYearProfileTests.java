package com.jaia.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The jp-end-year profile writes the conventions it claims, in the file itself. */
class JpEndYearProfileTests extends GeneratedLedgerTests {

    JpEndYearProfileTests() {
        super(new LedgerGenerator(5, 2024, 0.02, LedgerProfile.JP_END_YEAR, 0), 30_000);
    }

    @Test
    void namesTheFiscalYearByTheYearItEndsIn() {
        assertThat(rows).allSatisfy(row -> {
            LocalDate effective = LocalDate.parse(row.get("effective_date"));
            int endYear = effective.getMonthValue() >= 4 ? effective.getYear() + 1 : effective.getYear();
            assertThat(row.get("fiscal_year")).isEqualTo(Integer.toString(endYear));
        });
        Map<String, Long> byYear = rows.stream().collect(Collectors.groupingBy(r -> r.get("fiscal_year"),
                Collectors.counting()));
        assertThat(byYear.get("2024")).isGreaterThan(29_000L);
        assertThat(rows).filteredOn(r -> r.get("fiscal_year").equals("2024"))
            .allSatisfy(r -> assertThat(LocalDate.parse(r.get("effective_date")))
                .isBetween(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)));
    }

    @Test
    void numbersPeriodsByCalendarMonth() {
        assertThat(rows).allSatisfy(row -> assertThat(row.get("accounting_period"))
            .isEqualTo(Integer.toString(LocalDate.parse(row.get("effective_date")).getMonthValue())));
        assertThat(rows.stream().map(r -> r.get("accounting_period")).distinct()).hasSize(12);
    }

    @Test
    void stampsOneExportTimeAfterEveryApprovalAndEntry() {
        Set<String> stamps = rows.stream().map(r -> r.get("last_modified_date")).collect(Collectors.toSet());
        assertThat(stamps).hasSize(1);
        LocalDateTime export = LocalDateTime.parse(stamps.iterator().next().replace(' ', 'T'));
        assertThat(rows).allSatisfy(row -> {
            if (!row.get("approved_date").isEmpty()) {
                assertThat(LocalDate.parse(row.get("approved_date")).atTime(23, 59)).isBefore(export);
            }
            assertThat(LocalDate.parse(row.get("entry_date")).atTime(23, 59)).isBefore(export);
        });
    }

    @Test
    void writesWholeYenWithABenfordLikeSpread() {
        int[] firstDigits = new int[10];
        for (Map<String, String> row : rows) {
            assertThat(row.get("amount_currency")).isEqualTo("JPY");
            assertThat(row.get("amount")).matches("[1-9][0-9]*").isEqualTo(row.get("functional_amount"));
            firstDigits[row.get("amount").charAt(0) - '0']++;
        }
        double meanAbsoluteDeviation = 0;
        for (int d = 1; d <= 9; d++) {
            meanAbsoluteDeviation += Math.abs((double) firstDigits[d] / rows.size() - Math.log10(1 + 1.0 / d)) / 9;
        }
        assertThat(meanAbsoluteDeviation).isLessThan(0.015);
    }

    @Test
    void labelsNameJournalsByBusinessUnitAndTheFilesOwnFiscalYear() {
        Map<String, Map<String, String>> firstLines = rows.stream()
            .collect(Collectors.toMap(r -> r.get("journal_id"), r -> r, (a, b) -> a));
        assertThat(labels).hasSizeGreaterThan(50).allSatisfy(label -> {
            Map<String, String> line = firstLines.get(label.get("journal_id"));
            assertThat(line).as(label.toString()).isNotNull();
            assertThat(label.get("business_unit_code")).isEqualTo(line.get("business_unit_code")).isEqualTo("1000");
            assertThat(label.get("fiscal_year")).isEqualTo(line.get("fiscal_year"));
        });
        assertThat(labels).anySatisfy(label -> assertThat(label.get("fiscal_year")).isEqualTo("2025"))
            .as("period-end revenue reversed in April belongs to the next fiscal year");
    }

    @Test
    void mastersCoverEveryUserAndAccount() throws IOException {
        Set<String> users = LedgerFile.rows(dir.resolve("masters/users.csv")).stream().map(r -> r.get("user_id"))
            .collect(Collectors.toSet());
        assertThat(users).containsAll(rows.stream().map(r -> r.get("prepared_by")).collect(Collectors.toSet()));
        assertThat(Files.readString(dir.resolve("masters/chart_of_accounts.csv"))).contains("1110");
    }

    @Test
    void sameSeedWritesIdenticalBytes() throws IOException {
        LedgerGenerator generator = new LedgerGenerator(5, 2024, 0.02, LedgerProfile.JP_END_YEAR, 0);
        generator.generate(30_000, dir.resolve("again.csv"), dir.resolve("again-labels.csv"));
        assertThat(Files.mismatch(dir.resolve("ledger.csv"), dir.resolve("again.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("labels.csv"), dir.resolve("again-labels.csv"))).isEqualTo(-1);
    }

}
