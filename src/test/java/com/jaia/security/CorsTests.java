package com.jaia.security;

import static com.jaia.security.Edge.from;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.jaia.intake.IntakeSettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers may call the API only from the configured origins: an upload from another origin is refused before the
 * file is read, a listed origin gets its preflight answered.
 */
@EdgeTest
class CorsTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    IntakeSettings intake;

    @Test
    void refusesACrossOriginUploadFromAnUnlistedOrigin() throws Exception {
        Edge edge = new Edge(context);
        Edge.Key operator = edge.key(Role.OPERATOR);
        MockMultipartFile file = new MockMultipartFile("file", "cors.csv", "text/csv",
                "journal_id,amount\nCORS-1,100\n".getBytes(StandardCharsets.UTF_8));
        long uploadsBefore = uploads();
        edge.mvc.perform(from("10.50.0.1", operator.on(multipart("/api/v1/imports").file(file)
            .header("Origin", "https://evil.example")))).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.type").value("/problems/origin-not-allowed"));
        assertThat(uploads()).isEqualTo(uploadsBefore);

        edge.mvc.perform(from("10.50.0.1", options("/api/v1/imports").header("Origin", "http://localhost:3000")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization")))
            .andExpect(status().isOk())
            .andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:3000"));
        edge.mvc.perform(from("10.50.0.1", options("/api/v1/imports").header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "POST"))).andExpect(status().isForbidden());
    }

    private long uploads() throws Exception {
        Path dir = intake.uploadDir();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

}
