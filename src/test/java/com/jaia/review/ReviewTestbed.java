package com.jaia.review;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import com.jaia.duckdb.TestDuckDb;
import com.jaia.pipeline.JobFiles;
import com.jaia.review.ReviewSettings.ProviderSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.sqlite.SQLiteDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Real DuckDB and SQLite files in a test directory, a small ledger of risky journals, and review settings tuned for
 * fast tests (tiny back-off, short waits).
 */
final class ReviewTestbed {

    static final List<String> REAL_IDENTITIES = List.of("U-TANAKA-01", "U-SATO-02", "田中 太郎", "Taro Tanaka",
            "V-ACME", "ACME商事", "Acme Trading");

    final JdbcClient duckDb;

    final DataSource metaStore;

    final LlmUsageLog usage;

    final LlmReviewStore store;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    ReviewTestbed(Path dir) throws Exception {
        SingleConnectionDataSource duck = new SingleConnectionDataSource(TestDuckDb.open(dir.resolve("test.duckdb")),
                true);
        this.duckDb = JdbcClient.create(duck);
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + dir.resolve("meta.db"));
        this.metaStore = sqlite;
        this.usage = new LlmUsageLog(sqlite);
        this.store = new LlmReviewStore(duckDb);
        insertMasters(duckDb);
    }

    static void insertMasters(JdbcClient duckDb) {
        duckDb.sql("insert or replace into accounts (account_code, account_name, account_name_en, account_class) values "
                + "('1000', '現金', 'Cash', 'cash'), ('5000', '雑費', 'Miscellaneous expense', 'expense')").update();
        duckDb.sql("insert or replace into users (user_id, user_name, user_name_en, position, approval_limit) values "
                + "('U-TANAKA-01', '田中 太郎', 'Taro Tanaka', 'manager', 1000000)").update();
        duckDb.sql("insert or replace into vendors (vendor_code, vendor_name, vendor_name_en, vendor_type) values "
                + "('V-ACME', 'ACME商事', 'Acme Trading', 'supplier')").update();
    }

    /** Journals J1..Jn of one import, riskiest first, each two lines with rule hits naming the real parties. */
    static void insertJournals(JdbcClient duckDb, long importId, int count) {
        for (int i = 1; i <= count; i++) {
            String journal = "J" + i;
            for (String side : List.of("D", "C")) {
                duckDb.sql("""
                        insert into journal_entries (gl_detail_id, business_unit_code, fiscal_year, accounting_period,
                            journal_id, journal_id_line_number, effective_date, entry_date, gl_account_number, amount,
                            debit_credit_indicator, je_line_description, vendor_code, prepared_by, approved_by,
                            import_id, source_line_number)
                        values (?, 'BU1', 2024, 12, ?, ?, DATE '2025-03-31', DATE '2025-04-01', ?, 2500000.00, ?,
                            'ACME商事への支払 Taro Tanaka', 'V-ACME', 'U-TANAKA-01', 'U-SATO-02', ?, ?)""")
                    .params(journal + side, journal, side.equals("D") ? 1 : 2, side.equals("D") ? "5000" : "1000", side,
                            importId, i * 2L + (side.equals("D") ? 0 : 1))
                    .update();
                duckDb.sql("""
                        insert into risk_scores (gl_detail_id, journal_id, fiscal_year, business_unit_code, ml_score,
                            risk_score, risk_band, journal_risk_score, journal_risk_band)
                        values (?, ?, 2024, 'BU1', 0.91, ?, 'high', ?, 'high')""")
                    .params(journal + side, journal, 90.0 - i, 90.0 - i).update();
            }
            duckDb.sql("""
                    insert into rule_violations (gl_detail_id, journal_id, fiscal_year, rule_id, category, severity,
                        score, message)
                    values (?, ?, 2024, 'APR-001', 'approval', 'high', 80,
                        'approved by U-SATO-02 above the limit of 田中 太郎 for Acme Trading')""")
                .params(journal + "D", journal).update();
        }
    }

    List<ReviewCandidate> candidates(long importId, ReviewSettings settings) {
        return new ReviewCandidates(duckDb, settings).select(importId);
    }

    JournalReviewProcessor processor(ProviderChain chain, ReviewSettings settings) {
        return new JournalReviewProcessor(chain, new JournalEvidence(duckDb, new Pseudonyms(duckDb)),
                new ReviewPrompts(new JobFiles(Path.of("jobs")), settings.language()), store,
                new ReviewBudget(settings.budget(), BigDecimal.ZERO));
    }

    ProviderChain chain(ReviewSettings settings) {
        return chain(settings, Clock.systemUTC());
    }

    ProviderChain chain(ReviewSettings settings, Clock clock) {
        return ReviewStepConfiguration.providerChain(settings, meters, usage, clock);
    }

    /** Review settings for tests; fields are set directly before {@link #build()}. */
    static final class Settings {

        String provider = "";

        String model = "";

        List<String> fallbacks = List.of();

        Map<String, ProviderSettings> providers = new LinkedHashMap<>();

        int requestsPerMinute = 600;

        Duration rateLimitWait = Duration.ofSeconds(5);

        BigDecimal budget = BigDecimal.ZERO;

        Map<String, ReviewSettings.ModelPrice> prices = new LinkedHashMap<>();

        Duration timeout = Duration.ofSeconds(5);

        int maxRetries = 2;

        float failureRatePercent = 50;

        int minimumCalls = 100;

        Duration waitInOpen = Duration.ofMinutes(1);

        int chunkSize = 10;

        int skipLimit = 20;

        Settings openAi(String baseUrl) {
            providers.put("openai", new ProviderSettings("test-key", baseUrl, "gpt-test", null, null, null, null));
            return this;
        }

        Settings anthropic(String baseUrl) {
            providers.put("anthropic", new ProviderSettings("test-key", baseUrl, "claude-test", null, null, null,
                    null));
            return this;
        }

        Settings ollama(String baseUrl) {
            providers.put("ollama", new ProviderSettings(null, baseUrl, "llama-test", null, null, null, null));
            return this;
        }

        ReviewSettings build() {
            return new ReviewSettings(provider, model, fallbacks, providers, "high", 100, chunkSize, 1, skipLimit, "ja",
                    512, requestsPerMinute, 100_000, rateLimitWait, budget, prices, timeout,
                    new ReviewSettings.Retry(maxRetries, Duration.ofMillis(10), Duration.ofMillis(50),
                            Duration.ofMillis(5)),
                    new ReviewSettings.Breaker(failureRatePercent, Duration.ofMinutes(5), Duration.ofSeconds(30), minimumCalls,
                            waitInOpen), null);
        }

    }

}
