package com.jaia.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jaia.JaiaSpringTest;
import com.jaia.problems.ProblemType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * The live OpenAPI document: it is the committed {@code docs/openapi.json} (rewritten here when it differs, so the
 * change shows in the diff and this test fails until it is committed), and every operation documents itself.
 */
@JaiaSpringTest
class OpenApiDocumentTests {

    static final Path COMMITTED = Path.of("docs", "openapi.json");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @LocalServerPort
    int port;

    JsonNode document;

    String live;

    @BeforeEach
    void fetch() {
        String body = RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve()
            .body(String.class);
        document = JSON.readTree(body);
        live = JSON.writeValueAsString(document) + "\n";
    }

    @Test
    void committedDocumentIsTheLiveOne() throws IOException {
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(live)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, live, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("docs/openapi.json differs from /v3/api-docs; it has been rewritten: review the "
                + "diff and commit it").isEqualTo(live);
    }

    @Test
    void everyOperationHasSummaryDescriptionTagSecurityAndProblemAnswers() {
        List<String> faults = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            String name = entry.getKey().toUpperCase() + " " + path.getKey();
            for (String field : List.of("summary", "description", "tags", "operationId", "security", "responses")) {
                if (!operation.has(field)) {
                    faults.add(name + " has no " + field);
                }
            }
            JsonNode responses = operation.path("responses");
            for (String status : List.of("400", "500")) {
                if (!responses.path(status).path("content").has("application/problem+json")) {
                    faults.add(name + " does not document " + status + " as a problem");
                }
            }
            if (operation.path("security").size() > 0) {
                for (String status : List.of("401", "403", "429")) {
                    if (!responses.path(status).path("content").has("application/problem+json")) {
                        faults.add(name + " needs a key but does not document " + status);
                    }
                }
            }
        }));
        assertThat(faults).isEmpty();
    }

    @Test
    void listsAnswerOnePageShape() {
        List<String> faults = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().path("get");
            JsonNode schema = get.path("responses").path("200").path("content").path("application/json")
                .path("schema");
            if (schema.path("type").asString("").equals("array")) {
                faults.add(path.getKey() + " answers a bare array");
            }
        });
        assertThat(faults).isEmpty();
        document.get("components").get("schemas").properties().forEach(schema -> {
            if (schema.getValue().path("properties").has("items")) {
                assertThat(schema.getValue().get("properties").propertyNames())
                    .as(schema.getKey())
                    .contains("items", "page", "size", "totalItems", "totalPages");
            }
        });
    }

    @Test
    void problemSchemaNamesEveryStableType() {
        String described = document.at("/components/schemas/Problem/description").asString();
        for (ProblemType type : ProblemType.values()) {
            assertThat(described).contains(type.uri().toString());
        }
        assertThat(document.at("/components/securitySchemes").propertyNames()).contains("apiKey", "bearer");
        assertThat(document.at("/info/license/name").asString()).isNotBlank();
    }

}
