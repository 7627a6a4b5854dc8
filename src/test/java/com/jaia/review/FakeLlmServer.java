package com.jaia.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake OpenAI-, Anthropic- or Ollama-compatible chat server on 127.0.0.1 answering in that provider's format.
 */
final class FakeLlmServer implements AutoCloseable {

    enum Dialect {
        OPENAI("/v1/chat/completions"), ANTHROPIC("/v1/messages"), OLLAMA("/api/chat");

        final String path;

        Dialect(String path) {
            this.path = path;
        }
    }

    static final String VALID_ANSWER = """
            {"verdict":"suspicious","confidence":0.8,"rationale":"USER-0001 prepared and VENDOR-0001 was paid after the year end.","suggested_procedure":"Vouch the payment to the invoice of VENDOR-0001."}""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final WireMockServer server;

    final Dialect dialect;

    FakeLlmServer(Dialect dialect) {
        this.dialect = dialect;
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    /** The base URL to configure for this dialect's LangChain4j client. */
    String baseUrl() {
        return switch (dialect) {
            case OPENAI -> "http://127.0.0.1:" + server.port() + "/v1";
            case ANTHROPIC -> "http://127.0.0.1:" + server.port() + "/v1/";
            case OLLAMA -> "http://127.0.0.1:" + server.port();
        };
    }

    MappingBuilder chat() {
        return post(urlPathEqualTo(dialect.path));
    }

    void answers(String content) {
        server.stubFor(chat().willReturn(answer(content)));
    }

    void fails(int status) {
        server.resetMappings();
        server.stubFor(chat().willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"message\":\"fake failure " + status + "\",\"type\":\"server_error\"}}")));
    }

    /** Answers the given responses in order, the last one from then on. */
    void answersInTurn(ResponseDefinitionBuilder... responses) {
        server.resetMappings();
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "step" + i;
            var mapping = chat().inScenario("turns").whenScenarioStateIs(state);
            server.stubFor(i < responses.length - 1 ? mapping.willSetStateTo("step" + (i + 1)).willReturn(responses[i])
                    : mapping.willReturn(responses[i]));
        }
    }

    /** Answers the given responses in order, over and over (e.g. three answers and a 500: a 25% error rate). */
    void cycles(ResponseDefinitionBuilder... responses) {
        server.resetMappings();
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "turn" + i;
            String next = i == responses.length - 1 ? Scenario.STARTED : "turn" + (i + 1);
            server.stubFor(chat().inScenario("cycle").whenScenarioStateIs(state).willSetStateTo(next)
                .willReturn(responses[i]));
        }
    }

    /** Requests whose body contains the text get this response (more specific than {@link #answers}). */
    void whenBodyContains(String text, ResponseDefinitionBuilder response) {
        server.stubFor(chat().withRequestBody(containing(text)).atPriority(1).willReturn(response));
    }

    ResponseDefinitionBuilder answer(String content) {
        Object body = switch (dialect) {
            case OPENAI -> Map.of("id", "c1", "object", "chat.completion", "created", 1, "model", "gpt-test",
                    "choices", List.of(Map.of("index", 0, "finish_reason", "stop", "message",
                            Map.of("role", "assistant", "content", content))),
                    "usage", Map.of("prompt_tokens", 100, "completion_tokens", 50, "total_tokens", 150));
            case ANTHROPIC -> Map.of("id", "m1", "type", "message", "role", "assistant", "model", "claude-test",
                    "content", List.of(Map.of("type", "text", "text", content)), "stop_reason", "end_turn",
                    "usage", Map.of("input_tokens", 100, "output_tokens", 50));
            case OLLAMA -> Map.of("model", "llama-test", "created_at", "2025-01-01T00:00:00Z", "message",
                    Map.of("role", "assistant", "content", content), "done", true, "prompt_eval_count", 100,
                    "eval_count", 50);
        };
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(JSON.writeValueAsString(body));
    }

    static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"message\":\"fake failure " + status + "\"}}");
    }

    List<String> bodies() {
        return server.getAllServeEvents().stream().map(event -> event.getRequest().getBodyAsString()).toList();
    }

    int requests() {
        return server.getAllServeEvents().size();
    }

    @Override
    public void close() {
        server.stop();
    }

}
