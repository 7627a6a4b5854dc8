package com.jaia.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.jaia.observability.AlertRules;
import com.jaia.review.FakeLlmServer.Dialect;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LLM meters as Prometheus sees them after a real call to a fake provider, and the alert rules that read them.
 */
class ReviewMetricsTests {

    @TempDir
    Path dir;

    @Test
    void anLlmCallIsCountedTimedObservedAndMatchesTheAlertRules() throws Exception {
        ReviewTestbed bed = new ReviewTestbed(dir);
        ReviewTestbed.insertJournals(bed.duckDb, 1, 1);
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List<String> observed = new CopyOnWriteArrayList<>();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                observed.add(context.getName() + " " + context.getLowCardinalityKeyValue("provider").getValue());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        try (FakeLlmServer openAi = new FakeLlmServer(Dialect.OPENAI)) {
            openAi.answers(FakeLlmServer.VALID_ANSWER);
            ReviewTestbed.Settings s = new ReviewTestbed.Settings().openAi(openAi.baseUrl());
            s.provider = "openai";
            ReviewSettings settings = s.build();
            ProviderChain chain = ReviewStepConfiguration.providerChain(settings,
                    new ReviewMetrics(prometheus, observations), bed.usage, Clock.systemUTC());
            JournalReviewProcessor processor = bed.processor(chain, settings);
            processor.process(bed.candidates(1, settings).get(0));
        }
        String scrape = prometheus.scrape();
        assertThat(scrape).contains("jaia_review_requests_total{outcome=\"success\",provider=\"openai\"} 1.0",
                "jaia_review_breaker_state{provider=\"openai\"} 0.0", "jaia_review_tokens_total{",
                "jaia_review_latency_seconds_count{", "jaia_review_cost_total{");
        assertThat(observed).containsExactly("jaia.llm.call openai");
        Set<String> exported = scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
            .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        for (Map<String, Object> rule : AlertRules.rules()) {
            AlertRules.metrics(String.valueOf(rule.get("expr"))).stream().filter(name -> name.startsWith("jaia_review_"))
                .forEach(name -> assertThat(exported).as(rule.get("alert") + " uses " + name).contains(name));
        }
    }

}
