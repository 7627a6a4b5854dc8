package com.jaia.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jaia.review.FakeLlmServer.Dialect;

class ProviderFailoverTests {

    @TempDir
    Path dir;

    /** A clock the test moves forward instead of waiting. */
    static final class MovableClock extends Clock {

        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

    }

    @Test
    void failsOverToTheSecondaryWhenThePrimaryDegradesAndBackAfterTheWait() throws Exception {
        ReviewTestbed bed = new ReviewTestbed(dir);
        ReviewTestbed.insertJournals(bed.duckDb, 1, 3);
        try (FakeLlmServer primary = new FakeLlmServer(Dialect.OPENAI);
                FakeLlmServer secondary = new FakeLlmServer(Dialect.ANTHROPIC)) {
            primary.fails(500);
            secondary.answers(FakeLlmServer.VALID_ANSWER);
            ReviewTestbed.Settings s = new ReviewTestbed.Settings().openAi(primary.baseUrl())
                .anthropic(secondary.baseUrl());
            s.provider = "openai";
            s.fallbacks = List.of("anthropic");
            s.maxRetries = 1;
            s.minimumCalls = 2;
            s.waitInOpen = Duration.ofMinutes(1);
            ReviewSettings settings = s.build();
            MovableClock clock = new MovableClock();
            ProviderChain chain = bed.chain(settings, clock);
            JournalReviewProcessor processor = bed.processor(chain, settings);
            List<ReviewCandidate> journals = bed.candidates(1, settings);

            assertThat(processor.process(journals.get(0)).call().provider()).isEqualTo("anthropic");
            assertThat(chain.endpoint("openai").breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(processor.process(journals.get(1)).call().provider()).isEqualTo("anthropic");
            assertThat(primary.requests()).isEqualTo(2);

            primary.server.resetMappings();
            primary.answers(FakeLlmServer.VALID_ANSWER);
            assertThat(chain.endpoint("openai").breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
            clock.advance(settings.breaker().waitInOpen().plusSeconds(1));
            assertThat(processor.process(journals.get(2)).call().provider()).isEqualTo("openai");
            assertThat(chain.endpoint("openai").breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(chain.switches()).hasSize(3).first().asString().contains("openai").contains("CLOSED to OPEN");
            assertThat(secondary.requests()).isEqualTo(2);
        }
    }

}
