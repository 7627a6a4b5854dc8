package com.jaia.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journals without injected anomalies must not carry any audit pattern by accident. */
class CleanLedgerTests {

    @TempDir
    static Path dir;

    static List<Map<String, String>> rows;

    static final BusinessCalendar calendar = new BusinessCalendar();

    @BeforeAll
    static void generate() throws IOException {
        Path ledger = dir.resolve("clean.csv");
        new LedgerGenerator(21).generate(15_000, ledger);
        rows = LedgerFile.rows(ledger);
    }

    @Test
    void postsOnBusinessDaysOfTheFiscalYearInOfficeHours() {
        assertThat(rows).allSatisfy(row -> {
            LocalDate effective = LocalDate.parse(row.get("effective_date"));
            assertThat(effective).isBetween(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
            assertThat(calendar.isBusinessDay(effective)).isTrue();
            assertThat(calendar.isBusinessDay(LocalDate.parse(row.get("entry_date")))).isTrue();
            assertThat(calendar.isBusinessDay(LocalDate.parse(row.get("approved_date")))).isTrue();
            assertThat(LocalTime.parse(row.get("entry_time"))).isBetween(LocalTime.of(8, 30), LocalTime.of(19, 0));
            assertThat(ChronoUnit.DAYS.between(effective, LocalDate.parse(row.get("entry_date")))).isBetween(0L, 60L);
        });
    }

    @Test
    void isApprovedBySomeoneElseWithinTheirLimit() {
        Map<String, Long> limits = new HashMap<>();
        Company.create(21).users.forEach(user -> limits.put(user.id(), user.approvalLimit()));
        Map<String, Long> totals = new HashMap<>();
        for (Map<String, String> row : rows) {
            assertThat(row.get("approved_by")).isNotEmpty().isNotEqualTo(row.get("prepared_by"));
            if (row.get("debit_credit_indicator").equals("D")) {
                totals.merge(row.get("journal_id") + "/" + row.get("approved_by"), Long.parseLong(row.get("amount")),
                        Long::sum);
            }
        }
        totals.forEach((key, total) -> assertThat(total).isLessThan(limits.get(key.split("/")[1]) * 9 / 10));
    }

    @Test
    void avoidsRoundAmountsSuspenseAccountsAndSuspiciousWords() {
        Set<String> accounts = new HashSet<>();
        for (Map<String, String> row : rows) {
            assertThat(Long.parseLong(row.get("amount")) % 1_000_000).isNotZero();
            assertThat(row.get("je_line_description")).doesNotContain("キックバック", "個人的", "調整", "訂正", "架空",
                    "至急", "口止め");
            assertThat(row.get("source").equals("MANUAL") && row.get("gl_account_number").startsWith("4")).isFalse();
            accounts.add(row.get("gl_account_number"));
        }
        assertThat(accounts).doesNotContain("1430", "2210", "3110", "3120", "3130", "1620", "6360", "8210")
            .hasSizeGreaterThan(50);
    }

    @Test
    void neverPairsCashWithRevenueInOneJournal() {
        Map<String, Set<String>> accountsByJournal = new HashMap<>();
        rows.forEach(row -> accountsByJournal.computeIfAbsent(row.get("journal_id"), id -> new HashSet<>())
            .add(row.get("gl_account_number")));
        assertThat(accountsByJournal.values()).noneMatch(set -> set.contains("1110") && set.contains("4110"));
    }

}
