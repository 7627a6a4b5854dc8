package com.jaia.security;

import static com.jaia.security.Edge.from;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Overlong URLs and headers, oversized JSON bodies and multipart requests with too many parts are refused with
 * problem details before any endpoint reads them.
 */
@EdgeTest
class InputLimitsTests extends EdgeTests {

    @Test
    void refusesOverlongUrlsAndHeaders() throws Exception {
        edge.mvc.perform(from("10.70.0.1", operator().on(get("/api/v1/jobs?name=" + "y".repeat(9000)))))
            .andExpect(status().isUriTooLong()).andExpect(jsonPath("$.type").value("/problems/uri-too-long"));
        edge.mvc.perform(from("10.70.0.1", operator().on(get("/api/v1/jobs")).header("X-Big", "x".repeat(17_000))))
            .andExpect(status().is(431)).andExpect(jsonPath("$.type").value("/problems/headers-too-large"));
    }

    @Test
    void refusesAJsonBodyOverTheLimit() throws Exception {
        String body = "{\"uri\":\"s3://bucket/" + "k".repeat(1_100_000) + "\"}";
        edge.mvc.perform(from("10.70.0.2", operator().on(post("/api/v1/imports").contentType(MediaType.APPLICATION_JSON)
            .content(body.getBytes(StandardCharsets.UTF_8)))))
            .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.type").value("/problems/body-too-large"));
    }

    @Test
    void refusesMultipartRequestsWithTooManyParts() throws Exception {
        MockMultipartHttpServletRequestBuilder upload = multipart("/api/v1/imports");
        upload.file(new MockMultipartFile("file", "many.csv", "text/csv", "a\n".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 11; i++) {
            upload.part(new MockPart("extra" + i, "v".getBytes(StandardCharsets.UTF_8)));
        }
        edge.mvc.perform(from("10.70.0.3", operator().on(upload))).andExpect(status().isPayloadTooLarge())
            .andExpect(jsonPath("$.type").value("/problems/too-many-parts"));
    }

}
