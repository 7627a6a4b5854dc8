package com.jaia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.duckdb.DuckDb;
import com.jaia.status.ApiErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JaiaSpringTest
class RestImportTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(RestImportTests.class);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    @Autowired
    IntakeSettings settings;

    @Autowired
    ImportQueue queue;

    @Autowired
    ObjectProvider<S3Imports> s3;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @TempDir
    Path temp;

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    Map<String, Object> upload(org.springframework.core.io.Resource file, Map<String, Object> answer) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", file);
        form.add("fiscalYear", "2024");
        return http().post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
            .exchange((request, response) -> {
                answer.put("status", response.getStatusCode().value());
                answer.put("location", String.valueOf(response.getHeaders().getLocation()));
                return response.bodyTo(JSON);
            });
    }

    @Test
    void acceptsAnUploadWith202AndTheJobToFollow() {
        Path file = Ledgers.write(temp.resolve("upload.csv"), UNIT, "REST", 12);
        Map<String, Object> answer = new HashMap<>();
        Map<String, Object> body = upload(new FileSystemResource(file), answer);
        assertThat(answer).containsEntry("status", 202);
        long id = ((Number) body.get("id")).longValue();
        assertThat(answer.get("location")).isEqualTo("/api/v1/jobs/" + id);
        await().atMost(Duration.ofSeconds(120))
            .until(() -> "COMPLETED".equals(http().get().uri("/api/v1/jobs/{id}", id).retrieve().body(JSON).get("status")));
        Map<String, Object> imports = http().get().uri("/api/v1/imports").retrieve().body(JSON);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) imports.get("items");
        assertThat(items).anySatisfy(row -> {
            assertThat(((Number) row.get("jobExecutionId")).longValue()).isEqualTo(id);
            assertThat(((Number) row.get("rowsLoaded")).longValue()).isEqualTo(24);
            assertThat(row).as("the user's file name, not the upload's").containsEntry("fileName", "upload.csv");
        });
    }

    @Test
    void answersTheSameUploadAgainWith409NamingTheFirstImport() {
        Path file = Ledgers.write(temp.resolve("twice.csv"), UNIT, "TWICE", 3);
        Map<String, Object> first = new HashMap<>();
        long id = ((Number) upload(new FileSystemResource(file), first).get("id")).longValue();
        await().atMost(Duration.ofSeconds(120))
            .until(() -> "COMPLETED".equals(http().get().uri("/api/v1/jobs/{id}", id).retrieve().body(JSON).get("status")));
        Map<String, Object> second = new HashMap<>();
        Map<String, Object> problem = upload(new FileSystemResource(file), second);
        assertThat(second).containsEntry("status", 409);
        assertThat(problem).containsEntry("type", "/problems/import-refused").containsEntry("title", "Import refused")
            .containsKey("earlierImportId");
    }

    @Test
    void storesAnUploadWithAHostileNameInsideTheUploadFolder() throws Exception {
        byte[] content = Files.readAllBytes(Ledgers.write(temp.resolve("hostile.csv"), UNIT, "HOSTILE", 2));
        Map<String, Object> answer = new HashMap<>();
        Map<String, Object> body = upload(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "../../../tmp/evil\u0001name.csv";
            }
        }, answer);
        assertThat(answer).containsEntry("status", 202);
        long id = ((Number) body.get("id")).longValue();
        @SuppressWarnings("unchecked")
        Map<String, String> parameters = (Map<String, String>) http().get().uri("/api/v1/jobs/{id}", id)
            .retrieve()
            .body(JSON)
            .get("parameters");
        Path stored = Path.of(parameters.get("file.path"));
        assertThat(stored.getParent().getParent()).isEqualTo(settings.uploadDir().toAbsolutePath().normalize());
        assertThat(stored.getFileName()).hasToString("evilname.csv");
    }

    @Test
    void answersAnOversizeUploadWith413() throws Exception {
        ImportsController small = new ImportsController(queue, new Uploads(temp.resolve("small"), 100), s3, duckDb);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(small).setControllerAdvice(new ApiErrors()).build();
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "big.csv", "text/csv", new byte[101])))
            .andExpect(status().is(HttpStatusCode.valueOf(413).value()))
            .andExpect(jsonPath("$.title").value("Upload too large"))
            .andExpect(jsonPath("$.type").value("/problems/upload-too-large"));
    }

    @Test
    void answersAnEmptyUploadWith400AtOnce() {
        Map<String, Object> answer = new HashMap<>();
        Map<String, Object> problem = upload(new ByteArrayResource(new byte[0]) {
            @Override
            public String getFilename() {
                return "empty.csv";
            }
        }, answer);
        assertThat(answer).containsEntry("status", 400);
        assertThat(problem).containsEntry("type", "/problems/empty-upload");
        assertThat((String) problem.get("detail")).contains("empty.csv", "is empty");
    }

    @Test
    void answersAnUploadWithoutItsFilePartWith400NamingThePart() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("fiscalYear", "2024");
        Map<String, Object> answer = new HashMap<>();
        Map<String, Object> problem = http().post().uri("/api/v1/imports").contentType(MediaType.MULTIPART_FORM_DATA)
            .body(form)
            .exchange((request, response) -> {
                answer.put("status", response.getStatusCode().value());
                answer.put("contentType", String.valueOf(response.getHeaders().getContentType()));
                return response.bodyTo(JSON);
            });
        assertThat(answer).containsEntry("status", 400).containsEntry("contentType", "application/problem+json");
        assertThat(problem).containsEntry("type", "/problems/missing-parameter").containsEntry("parameter", "file");
    }

    @Test
    void answersAnS3ImportWithoutAnS3UriWith400() {
        Map<String, Object> answer = new HashMap<>();
        Map<String, Object> problem = http().post().uri("/api/v1/imports").contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("uri", "ftp://bucket/x.csv"))
            .exchange((request, response) -> {
                answer.put("status", response.getStatusCode().value());
                return response.bodyTo(JSON);
            });
        assertThat(answer).containsEntry("status", 400);
        assertThat(problem).containsEntry("status", 400);
    }

}
