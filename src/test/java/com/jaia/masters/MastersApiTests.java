package com.jaia.masters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.jaia.JaiaSpringTest;
import com.jaia.TestApi;
import com.jaia.duckdb.DuckDb;

/**
 * Masters loaded through the API of the running server (the shared context), which holds the DuckDB store. The
 * departments master it replaces is put back afterwards.
 */
@JaiaSpringTest
class MastersApiTests {

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void keepDepartments() {
        http = TestApi.answering(port, "/api/v1");
        duckDb.sql("create or replace table departments_kept_by_test as select * from departments").update();
    }

    @AfterEach
    void restoreDepartments() {
        duckDb.sql("delete from departments").update();
        duckDb.sql("insert into departments select * from departments_kept_by_test").update();
        duckDb.sql("drop table departments_kept_by_test").update();
    }

    @Test
    void loadsMastersWhileTheServerRunsAndRefusesAShrinkAndAnUnrelatedFileByName() {
        ResponseEntity<List<Map<String, Object>>> loaded = post(true, file("部門.csv",
                "部門コード,部門名\nD-API-1,経理部\nD-API-2,総務部\nD-API-3,営業部\n"));
        assertThat(loaded.getStatusCode().value()).isEqualTo(200);
        assertThat(loaded.getBody()).singleElement().satisfies(outcome -> assertThat(outcome)
            .containsEntry("fileName", "部門.csv").containsEntry("master", "departments")
            .containsEntry("loaded", true).containsEntry("rowsAfter", 3));

        ResponseEntity<Map<String, Object>> refused = http.post().uri("/masters")
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(form(false, file("departments-small.csv", "dept_code,dept_name\nD-API-9,法務部\n"),
                    file("catalogue.csv", "rule_id,category,score\nR1,amount,20\n")))
            .retrieve().toEntity(new ParameterizedTypeReference<>() { });
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(refused.getBody().get("detail").toString()).contains("2 of 2 master files were not loaded",
                "departments-small.csv: it would replace the 3 rows of departments with 1", "catalogue.csv",
                "cannot tell which master");
        assertThat(refused.getBody().get("files").toString()).contains("rowsBefore=3", "rowsAfter=3");
        assertThat(duckDb.sql("select count(*) from departments").query(Long.class).single()).isEqualTo(3);

        Map<String, Object> page = http.get().uri("/masters").retrieve()
            .body(new ParameterizedTypeReference<>() { });
        assertThat(page).containsEntry("totalItems", 4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> masters = (List<Map<String, Object>>) page.get("items");
        assertThat(masters).extracting(m -> m.get("master"))
            .containsExactly("accounts", "departments", "users", "vendors");
        Map<String, Object> departments = masters.get(1);
        assertThat(departments).containsEntry("rows", 3);
        assertThat(departments.get("lastLoad").toString()).contains("fileName=部門.csv", "loadedBy=local",
                "rowsAfter=3", "sha256=");
    }

    @Test
    void answersAProblemWhenNoFileIsSent() {
        ResponseEntity<Map<String, Object>> empty = http.post().uri("/masters").contentType(MediaType.MULTIPART_FORM_DATA)
            .body(form(false)).retrieve().toEntity(new ParameterizedTypeReference<>() { });
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody()).containsEntry("parameter", "files");
    }

    private ResponseEntity<List<Map<String, Object>>> post(boolean replace, ByteArrayResource... files) {
        return http.post().uri("/masters").contentType(MediaType.MULTIPART_FORM_DATA).body(form(replace, files))
            .retrieve().toEntity(new ParameterizedTypeReference<>() { });
    }

    private static MultiValueMap<String, Object> form(boolean replace, ByteArrayResource... files) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        for (ByteArrayResource file : files) {
            form.add("files", file);
        }
        form.add("replace", Boolean.toString(replace));
        return form;
    }

    private static ByteArrayResource file(String name, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

}
