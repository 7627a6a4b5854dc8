package com.jaia.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jaia.review.FakeLlmServer.Dialect;

class JournalReviewProcessorTests {

    static final long IMPORT = 7;

    @TempDir
    Path dir;

    ReviewTestbed bed;

    FakeLlmServer openAi;

    @BeforeEach
    void setUp() throws Exception {
        bed = new ReviewTestbed(dir);
        ReviewTestbed.insertJournals(bed.duckDb, IMPORT, 3);
        openAi = new FakeLlmServer(Dialect.OPENAI);
    }

    @AfterEach
    void tearDown() {
        openAi.close();
    }

    ReviewTestbed.Settings openAiSettings() {
        ReviewTestbed.Settings settings = new ReviewTestbed.Settings().openAi(openAi.baseUrl());
        settings.provider = "openai";
        return settings;
    }

    JournalReviewProcessor processor(ReviewSettings settings) {
        return bed.processor(bed.chain(settings), settings);
    }

    ReviewCandidate journal(int index, ReviewSettings settings) {
        return bed.candidates(IMPORT, settings).get(index);
    }

    @Test
    void skipsEveryJournalWhenNoProviderIsConfigured() {
        ReviewSettings settings = new ReviewTestbed.Settings().build();
        JournalReview review = processor(settings).process(journal(0, settings));
        assertThat(review.status()).isEqualTo("skipped");
        assertThat(review.skipReason()).isEqualTo("no LLM provider configured");
        assertThat(review.answer()).isNull();
    }

    @Test
    void reviewsJournalThroughOpenAiCompatibleServerAndRecordsUsage() {
        openAi.answers(FakeLlmServer.VALID_ANSWER);
        ReviewSettings settings = openAiSettings().build();
        JournalReview review = processor(settings).process(journal(0, settings));
        assertThat(review.status()).isEqualTo("reviewed");
        assertThat(review.answer().verdict()).isEqualTo(ReviewVerdict.SUSPICIOUS);
        assertThat(review.answer().rationale()).contains("U-TANAKA-01").contains("V-ACME").doesNotContain("USER-0001");
        assertThat(review.call().provider()).isEqualTo("openai");
        assertThat(review.call().inputTokens()).isEqualTo(100);
        assertThat(bed.usage.calls(IMPORT, "J1")).isEqualTo(1);
        assertThat(bed.meters.get("jaia.review.requests").tag("provider", "openai").tag("outcome", "success")
            .counter().count()).isEqualTo(1);
        assertThat(bed.meters.get("jaia.review.tokens").tag("direction", "output").counter().count()).isEqualTo(50);
    }

    @Test
    void reviewsThroughAnthropicAndOllamaCompatibleServers() {
        try (FakeLlmServer anthropic = new FakeLlmServer(Dialect.ANTHROPIC);
                FakeLlmServer ollama = new FakeLlmServer(Dialect.OLLAMA)) {
            anthropic.answers(FakeLlmServer.VALID_ANSWER);
            ollama.answers(FakeLlmServer.VALID_ANSWER);
            ReviewTestbed.Settings a = new ReviewTestbed.Settings().anthropic(anthropic.baseUrl());
            a.provider = "anthropic";
            ReviewTestbed.Settings o = new ReviewTestbed.Settings().ollama(ollama.baseUrl());
            o.provider = "ollama";
            ReviewSettings anthropicSettings = a.build();
            ReviewSettings ollamaSettings = o.build();
            assertThat(processor(anthropicSettings).process(journal(0, anthropicSettings)).call().provider())
                .isEqualTo("anthropic");
            assertThat(processor(ollamaSettings).process(journal(1, ollamaSettings)).answer().verdict())
                .isEqualTo(ReviewVerdict.SUSPICIOUS);
            assertThat(anthropic.requests()).isEqualTo(1);
            assertThat(ollama.requests()).isEqualTo(1);
        }
    }

    @Test
    void retriesAfterRateLimitAnswerThenSucceeds() {
        openAi.answersInTurn(FakeLlmServer.status(429), openAi.answer(FakeLlmServer.VALID_ANSWER));
        ReviewSettings settings = openAiSettings().build();
        JournalReview review = processor(settings).process(journal(0, settings));
        assertThat(review.status()).isEqualTo("reviewed");
        assertThat(review.call().attempts()).isEqualTo(2);
        assertThat(openAi.requests()).isEqualTo(2);
    }

    @Test
    void defersJournalAfterRepeatedServerErrors() {
        openAi.fails(500);
        ReviewSettings settings = openAiSettings().build();
        JournalReview review = processor(settings).process(journal(0, settings));
        assertThat(review.status()).isEqualTo("deferred");
        assertThat(review.skipReason()).contains("no LLM provider answered", "server_error");
        assertThat(openAi.requests()).isEqualTo(3);
    }

    @Test
    void defersJournalWhenProviderTimesOut() {
        openAi.server.stubFor(openAi.chat().willReturn(openAi.answer(FakeLlmServer.VALID_ANSWER)
            .withFixedDelay(2_000)));
        ReviewTestbed.Settings s = openAiSettings();
        s.timeout = Duration.ofMillis(200);
        s.maxRetries = 1;
        ReviewSettings settings = s.build();
        assertThat(processor(settings).process(journal(0, settings)).skipReason()).contains("timeout");
        assertThat(openAi.requests()).isEqualTo(2);
    }

    @Test
    void reAsksOnceWithTheValidationErrorWhenTheAnswerIsInvalid() {
        openAi.answersInTurn(openAi.answer("I think it is fine."), openAi.answer(FakeLlmServer.VALID_ANSWER));
        ReviewSettings settings = openAiSettings().build();
        JournalReview review = processor(settings).process(journal(0, settings));
        assertThat(review.status()).isEqualTo("reviewed");
        assertThat(review.call().inputTokens()).isEqualTo(200);
        assertThat(openAi.bodies().get(0)).contains("not a JSON object");
    }

    @Test
    void skipsJournalWhoseAnswerIsStillInvalidAfterOneReAsk() {
        openAi.answers("{\"verdict\":\"maybe\",\"confidence\":2}");
        ReviewSettings settings = openAiSettings().build();
        assertThatThrownBy(() -> processor(settings).process(journal(0, settings))).isInstanceOf(ReviewFailed.class)
            .hasMessageContaining("invalid answer after one re-ask").hasMessageContaining("$.verdict");
        assertThat(openAi.requests()).isEqualTo(2);
    }

    @Test
    void defersJournalOnUnauthorizedWithoutRetrying() {
        openAi.fails(401);
        ReviewSettings settings = openAiSettings().build();
        JournalReview review = processor(settings).process(journal(0, settings));
        assertThat(review.status()).isEqualTo("deferred");
        assertThat(review.skipReason()).contains("unauthorized");
        assertThat(openAi.requests()).isEqualTo(1);
    }

    @Test
    void stopsAtTheRequestRateLimitBeforeCallingTheServer() {
        openAi.answers(FakeLlmServer.VALID_ANSWER);
        ReviewTestbed.Settings s = openAiSettings();
        s.requestsPerMinute = 2;
        s.rateLimitWait = Duration.ofMillis(100);
        ReviewSettings settings = s.build();
        JournalReviewProcessor processor = processor(settings);
        processor.process(journal(0, settings));
        processor.process(journal(1, settings));
        JournalReview third = processor.process(journal(2, settings));
        assertThat(third.status()).isEqualTo("deferred");
        assertThat(third.skipReason()).contains("request rate limit");
        assertThat(openAi.requests()).isEqualTo(2);
    }

    @Test
    void skipsRemainingJournalsOnceTheBudgetIsSpent() {
        openAi.answers(FakeLlmServer.VALID_ANSWER);
        ReviewTestbed.Settings s = openAiSettings();
        s.budget = new BigDecimal("0.25");
        s.prices.put("gpt-test", new ReviewSettings.ModelPrice(new BigDecimal("1000"), new BigDecimal("1000")));
        ReviewSettings settings = s.build();
        JournalReviewProcessor processor = processor(settings);
        List<JournalReview> reviews = bed.candidates(IMPORT, settings).stream().map(processor::process).toList();
        assertThat(reviews).extracting(JournalReview::status).containsExactly("reviewed", "reviewed", "skipped");
        assertThat(reviews.get(0).call().cost()).isEqualByComparingTo("0.15");
        assertThat(reviews.get(2).skipReason()).isEqualTo("budget exhausted");
        assertThat(openAi.requests()).isEqualTo(2);
        assertThat(bed.usage.spent(IMPORT)).isEqualByComparingTo("0.30");
    }

    @Test
    void reusesTheStoredAnswerForAnUnchangedJournalPromptAndModel() {
        openAi.answers(FakeLlmServer.VALID_ANSWER);
        ReviewSettings settings = openAiSettings().build();
        JournalReviewProcessor processor = processor(settings);
        bed.store.save(processor.process(journal(0, settings)));
        ReviewTestbed.insertJournals(bed.duckDb, 8, 1);
        JournalReview again = processor.process(bed.candidates(8, settings).get(0));
        assertThat(again.status()).isEqualTo("reviewed");
        assertThat(again.cached()).isTrue();
        assertThat(again.cost()).isZero();
        assertThat(openAi.requests()).isEqualTo(1);
    }

    @Test
    void sendsNoRealUserIdsUserNamesOrVendorNames() {
        openAi.answers(FakeLlmServer.VALID_ANSWER);
        ReviewSettings settings = openAiSettings().build();
        JournalReviewProcessor processor = processor(settings);
        bed.candidates(IMPORT, settings).forEach(processor::process);
        assertThat(openAi.bodies()).hasSize(3).allSatisfy(body -> {
            assertThat(body).contains("USER-0001").contains("VENDOR-0001").contains("APR-001");
            ReviewTestbed.REAL_IDENTITIES.forEach(real -> assertThat(body).doesNotContain(real));
        });
        assertThat(bed.duckDb.sql("select count(*) from llm_pseudonyms").query(Long.class).single()).isEqualTo(3);
    }

}
