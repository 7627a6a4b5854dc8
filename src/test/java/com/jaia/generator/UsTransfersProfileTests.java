package com.jaia.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The us-transfers profile writes the conventions it claims, and its labels say what was injected. */
class UsTransfersProfileTests extends GeneratedLedgerTests {

    static final List<String> USER_COLUMNS = List.of("prepared_by", "approved_by", "approved_date", "last_modified_by",
            "last_modified_date", "je_line_description", "vendor_code", "dept_code");

    Map<String, List<Map<String, String>>> journals;

    Map<String, String> patterns;

    static final BusinessCalendar calendar = BusinessCalendar.unitedStates();

    UsTransfersProfileTests() {
        super(new LedgerGenerator(17, 2024, 0.03, LedgerProfile.US_TRANSFERS, 0), 40_000);
    }

    @BeforeAll
    void index() {
        journals = rows.stream().collect(Collectors.groupingBy(r -> r.get("journal_id")));
        patterns = labels.stream().collect(Collectors.toMap(l -> l.get("journal_id"), l -> l.get("pattern")));
    }

    @Test
    void leavesUserDescriptionVendorAndDepartmentColumnsEmpty() {
        assertThat(rows).allSatisfy(row -> USER_COLUMNS.forEach(c -> assertThat(row.get(c)).as(c).isEmpty()));
    }

    @Test
    void writesUsDollarsWithCentsInTheThousands() {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("amount_currency")).isEqualTo("USD");
            assertThat(row.get("amount")).matches("[0-9]+\\.[0-9]{2}").isEqualTo(row.get("functional_amount"));
        });
        List<BigDecimal> amounts = rows.stream().map(r -> new BigDecimal(r.get("amount"))).sorted().toList();
        BigDecimal median = amounts.get(amounts.size() / 2);
        assertThat(median).isBetween(new BigDecimal("1000"), new BigDecimal("5000"));
        assertThat(rows).filteredOn(r -> !r.get("amount").endsWith(".00")).hasSizeGreaterThan(rows.size() / 2);
    }

    @Test
    void namesTheCalendarYearAndMonthAndHasAOneWeekStubOfThePriorYear() {
        assertThat(rows).allSatisfy(row -> {
            LocalDate effective = LocalDate.parse(row.get("effective_date"));
            assertThat(row.get("fiscal_year")).isEqualTo(Integer.toString(effective.getYear()));
            assertThat(row.get("accounting_period")).isEqualTo(Integer.toString(effective.getMonthValue()));
        });
        List<LocalDate> prior = rows.stream().filter(r -> r.get("fiscal_year").equals("2023"))
            .map(r -> LocalDate.parse(r.get("effective_date"))).toList();
        assertThat(prior).isNotEmpty().allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2023, 12, 25),
                LocalDate.of(2023, 12, 31)));
        assertThat(rows).extracting(r -> r.get("fiscal_year")).containsOnly("2023", "2024");
    }

    @Test
    void transfersBetween500AccountsOfTheChartMostlyInTwoLines() throws IOException {
        List<Map<String, String>> chart = LedgerFile.rows(dir.resolve("masters/chart_of_accounts.csv"));
        assertThat(chart).hasSize(500);
        assertThat(Files.list(dir.resolve("masters")).map(p -> p.getFileName().toString()))
            .containsExactly("chart_of_accounts.csv");
        Set<String> codes = chart.stream().map(r -> r.get("account_code")).collect(Collectors.toSet());
        assertThat(codes).hasSize(500).containsAll(rows.stream().map(r -> r.get("gl_account_number")).toList());
        assertThat(rows.stream().map(r -> r.get("gl_account_number")).distinct().count()).isGreaterThan(400);
        long twoLine = journals.values().stream().filter(j -> j.size() == 2).count();
        assertThat((double) twoLine / journals.size()).isGreaterThan(0.7);
        assertThat(journals.values()).allSatisfy(j -> assertThat(balance(j)).isZero());
    }

    @Test
    void cleanJournalsAreOnUsBusinessDaysBetweenDifferentAccountsBelowTheLargestCleanAmount() {
        journals.forEach((id, lines) -> {
            if (patterns.containsKey(id)) {
                return;
            }
            Map<String, String> first = lines.get(0);
            assertThat(calendar.isBusinessDay(LocalDate.parse(first.get("effective_date")))).as(id).isTrue();
            assertThat(calendar.isBusinessDay(LocalDate.parse(first.get("entry_date")))).as(id).isTrue();
            assertThat(lines.stream().map(l -> l.get("gl_account_number")).distinct()).hasSize(lines.size());
            assertThat(lines).allSatisfy(l -> {
                long cents = cents(l);
                assertThat(cents).isLessThanOrEqualTo(TransferJournals.LARGEST_CLEAN);
                assertThat(cents % TransferJournals.THOUSAND).isNotZero();
            });
        });
    }

    @Test
    void labelledJournalsShowTheirPattern() {
        assertThat(labels).allSatisfy(label -> {
            assertThat(label.get("business_unit_code")).isEqualTo("US01");
            List<Map<String, String>> lines = journals.get(label.get("journal_id"));
            Map<String, String> first = lines.get(0);
            assertThat(label.get("fiscal_year")).isEqualTo(first.get("fiscal_year"));
            LocalDate effective = LocalDate.parse(first.get("effective_date"));
            LocalDate entry = LocalDate.parse(first.get("entry_date"));
            switch (label.get("pattern")) {
                case "self_transfer" -> assertThat(lines.get(0).get("gl_account_number"))
                    .isEqualTo(lines.get(1).get("gl_account_number"));
                case "structuring" -> assertThat(cents(first)).isBetween(900_000L, 999_999L);
                case "weekend_entry" -> {
                    assertThat(isWeekend(entry)).isTrue();
                    assertThat(calendar.isBusinessDay(effective)).isTrue();
                }
                case "weekend_effective" -> {
                    assertThat(isWeekend(effective)).isTrue();
                    assertThat(calendar.isBusinessDay(entry)).isTrue();
                }
                case "holiday_entry" -> {
                    assertThat(calendar.holidayName(entry)).isNotNull();
                    assertThat(calendar.isBusinessDay(effective)).isTrue();
                }
                case "holiday_effective" -> {
                    assertThat(calendar.holidayName(effective)).isNotNull();
                    assertThat(calendar.isBusinessDay(entry)).isTrue();
                }
                case "large_amount" -> assertThat(cents(first)).isGreaterThan(TransferJournals.LARGEST_CLEAN * 2);
                case "round_amount" -> assertThat(cents(first) % (10 * TransferJournals.THOUSAND)).isZero();
                case "circular_flow" -> assertThat(lines).hasSize(2);
                default -> throw new AssertionError("unexpected pattern " + label);
            }
        });
        assertThat(labels.stream().map(l -> l.get("pattern")).distinct()).containsExactlyInAnyOrder("structuring",
                "self_transfer", "circular_flow", "weekend_entry", "weekend_effective", "holiday_entry",
                "holiday_effective", "large_amount", "round_amount");
    }

    @Test
    void circularFlowsCloseTheirRingWithinAFewDays() {
        Map<String, List<Map<String, String>>> rings = new HashMap<>();
        labels.stream().filter(l -> l.get("pattern").equals("circular_flow"))
            .forEach(l -> rings.computeIfAbsent(l.get("description").replaceAll("hop \\d+ of |, [0-9,.]+$", ""),
                    k -> new java.util.ArrayList<>()).add(l));
        assertThat(rings).isNotEmpty();
        rings.values().forEach(hops -> {
            Map<String, Integer> balance = new HashMap<>();
            for (Map<String, String> hop : hops) {
                for (Map<String, String> line : journals.get(hop.get("journal_id"))) {
                    balance.merge(line.get("gl_account_number"), line.get("debit_credit_indicator").equals("D") ? 1 : -1,
                            Integer::sum);
                }
            }
            assertThat(hops).hasSizeBetween(2, 4);
            assertThat(balance.values()).as("each account of the ring pays once and receives once").containsOnly(0);
        });
    }

    @Test
    void labelsAboutOnePercentByDefaultAndTheSameBytesForTheSameSeed() throws IOException {
        LedgerGenerator generator = new LedgerGenerator(3, 2024, LedgerProfile.US_TRANSFERS.defaultAnomalyRate(),
                LedgerProfile.US_TRANSFERS, 0);
        GenerationSummary a = generator.generate(30_000, dir.resolve("a.csv"), dir.resolve("a-labels.csv"));
        generator.generate(30_000, dir.resolve("b.csv"), dir.resolve("b-labels.csv"));
        assertThat((double) a.anomalousJournals() / a.journals()).isBetween(0.006, 0.014);
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("a-labels.csv"), dir.resolve("b-labels.csv"))).isEqualTo(-1);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static long cents(Map<String, String> line) {
        return new BigDecimal(line.get("amount")).movePointRight(2).longValueExact();
    }

    private static BigDecimal balance(List<Map<String, String>> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, String> l : lines) {
            BigDecimal amount = new BigDecimal(l.get("amount"));
            sum = l.get("debit_credit_indicator").equals("D") ? sum.add(amount) : sum.subtract(amount);
        }
        return sum;
    }

}
