package com.jaia.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerGeneratorTests {

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesIdenticalBytes() throws IOException {
        new LedgerGenerator(7).generate(5_000, dir.resolve("a.csv"), dir.resolve("a-labels.csv"));
        new LedgerGenerator(7).generate(5_000, dir.resolve("b.csv"), dir.resolve("b-labels.csv"));
        new LedgerGenerator(8).generate(5_000, dir.resolve("c.csv"));
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("a-labels.csv"), dir.resolve("b-labels.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("c.csv"))).isNotEqualTo(-1);
    }

    @Test
    void writesTheEarlierJaiaColumnLayout() throws IOException {
        Path ledger = dir.resolve("ledger.csv");
        new LedgerGenerator(1).generate(100, ledger);
        assertThat(Files.readAllLines(ledger).get(0)).isEqualTo("gl_detail_id,business_unit_code,fiscal_year,"
                + "accounting_period,journal_id,journal_id_line_number,effective_date,entry_date,entry_time,"
                + "gl_account_number,amount,amount_currency,functional_amount,debit_credit_indicator,"
                + "je_line_description,source,vendor_code,dept_code,prepared_by,approved_by,approved_date,"
                + "last_modified_by,last_modified_date");
    }

    @Test
    void writesExactlyTheRequestedNumberOfLines() throws IOException {
        for (long lines : List.of(0L, 2L, 3L, 9L, 10L, 17L, 1_001L)) {
            Path ledger = dir.resolve("ledger-" + lines + ".csv");
            GenerationSummary summary = new LedgerGenerator(lines).generate(lines, ledger, dir.resolve("l.csv"));
            assertThat(summary.lines()).isEqualTo(lines);
            assertThat(Files.readAllLines(ledger)).hasSize((int) lines + 1);
        }
    }

    @Test
    void balancesEveryJournalWithTwoToEightLines() throws IOException {
        Path ledger = dir.resolve("ledger.csv");
        new LedgerGenerator(3).generate(20_000, ledger, dir.resolve("labels.csv"));
        Map<String, BigDecimal> balance = new HashMap<>();
        Map<String, Integer> lineCount = new HashMap<>();
        for (Map<String, String> row : LedgerFile.rows(ledger)) {
            BigDecimal amount = new BigDecimal(row.get("amount"));
            balance.merge(row.get("journal_id"),
                    row.get("debit_credit_indicator").equals("D") ? amount : amount.negate(), BigDecimal::add);
            lineCount.merge(row.get("journal_id"), 1, Integer::sum);
        }
        assertThat(balance.values()).allSatisfy(sum -> assertThat(sum).isZero());
        assertThat(lineCount.values()).allSatisfy(n -> assertThat(n).isBetween(2, 8));
        assertThat(Set.copyOf(lineCount.values())).contains(2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void labelsTheRequestedShareOfJournals() throws IOException {
        Path labels = dir.resolve("labels.csv");
        GenerationSummary summary = new LedgerGenerator(11, 2024, 0.05).generate(60_000, dir.resolve("l.csv"), labels);
        List<Map<String, String>> rows = LedgerFile.rows(labels);
        double share = (double) rows.size() / summary.journals();
        assertThat(rows).hasSize((int) summary.anomalousJournals());
        assertThat(share).isBetween(0.04, 0.06);
        Set<String> patterns = rows.stream().map(row -> row.get("pattern")).collect(Collectors.toSet());
        assertThat(patterns).containsExactlyInAnyOrder("self_approval", "weekend_posting", "holiday_posting",
                "late_night", "round_amount", "just_below_limit", "above_approval_limit", "split_transaction",
                "period_end_revenue", "rare_account", "suspicious_description", "backdated", "missing_approval",
                "unusual_account_pair", "manual_revenue", "duplicate_entry", "suspense_usage");
    }

    @Test
    void labelledJournalsShowTheirPattern() throws IOException {
        Path ledger = dir.resolve("ledger.csv");
        Path labels = dir.resolve("labels.csv");
        new LedgerGenerator(13, 2024, 0.1).generate(30_000, ledger, labels);
        Map<String, List<Map<String, String>>> lines = LedgerFile.rows(ledger).stream()
            .collect(Collectors.groupingBy(row -> row.get("journal_id")));
        BusinessCalendar calendar = new BusinessCalendar();
        for (Map<String, String> label : LedgerFile.rows(labels)) {
            List<Map<String, String>> journal = lines.get(label.get("journal_id"));
            Map<String, String> first = journal.get(0);
            LocalDate effective = LocalDate.parse(first.get("effective_date"));
            switch (label.get("pattern")) {
                case "self_approval" -> assertThat(first.get("approved_by")).isEqualTo(first.get("prepared_by"));
                case "weekend_posting" -> assertThat(effective.getDayOfWeek().getValue()).isGreaterThan(5);
                case "holiday_posting" -> assertThat(calendar.holidayName(effective)).isNotNull();
                case "late_night" -> assertThat(LocalTime.parse(first.get("entry_time")))
                    .matches(t -> t.getHour() >= 22 || t.getHour() < 5);
                case "round_amount" -> assertThat(Long.parseLong(first.get("amount")) % 1_000_000).isZero();
                case "backdated" -> assertThat(ChronoUnit.DAYS.between(effective,
                        LocalDate.parse(first.get("entry_date")))).isGreaterThan(60);
                case "missing_approval" -> assertThat(first.get("approved_by")).isEmpty();
                case "manual_revenue" -> assertThat(first.get("source")).isEqualTo("MANUAL");
                case "suspense_usage" -> assertThat(journal).anyMatch(row -> row.get("gl_account_number")
                    .matches("1430|2210"));
                default -> assertThat(journal).hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void writesNoLabelsWhenNoLabelsFileIsAsked() throws IOException {
        GenerationSummary summary = new LedgerGenerator(5).generate(10_000, dir.resolve("l.csv"));
        assertThat(summary.anomalousJournals()).isZero();
    }

}
