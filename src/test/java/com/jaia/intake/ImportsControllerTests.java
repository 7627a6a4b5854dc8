package com.jaia.intake;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jaia.duckdb.DuckDb;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The imports API's web contract on its own (the edge's filters off): a missing, empty or mis-parameterised upload, a
 * malformed S3 request and a page out of bounds are each a 400 problem naming what is wrong, and nothing is queued or
 * read. Uploads that run are tested with the whole application ({@link RestImportTests}).
 */
@WebMvcTest(controllers = ImportsController.class)
@AutoConfigureMockMvc(addFilters = false)
class ImportsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportQueue queue;

    @MockitoBean
    Uploads uploads;

    @MockitoBean
    @Qualifier(DuckDb.READERS)
    JdbcClient duckDb;

    @Test
    void refusesAnUploadWithoutFileEmptyOrWithAnImpossibleYear() throws Exception {
        mvc.perform(multipart("/api/v1/imports").param("fiscalYear", "2024"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("/problems/missing-parameter"))
            .andExpect(jsonPath("$.parameter").value("file"));
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "empty.csv", "text/csv",
                new byte[0])))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("/problems/empty-upload"));
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "l.csv", "text/csv",
                "a,b\n".getBytes())).param("fiscalYear", "1800"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
            .andExpect(jsonPath("$.parameter").value("fiscalYear"));
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "l.csv", "text/csv",
                "a,b\n".getBytes())).param("replace", "perhaps"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("replace"));
        verifyNoInteractions(queue);
    }

    @Test
    void refusesAMalformedS3Request() throws Exception {
        mvc.perform(post("/api/v1/imports/s3").contentType(MediaType.APPLICATION_JSON).content("{\"uri\": "))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("/problems/malformed-request"));
        mvc.perform(post("/api/v1/imports/s3").contentType(MediaType.APPLICATION_JSON).content("{\"uri\": \"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("uri"));
        mvc.perform(post("/api/v1/imports/s3").contentType(MediaType.APPLICATION_JSON)
                .content("{\"uri\": \"s3://bucket/key.csv\", \"fiscalYear\": 99999}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("fiscalYear"));
        verifyNoInteractions(queue);
    }

    @Test
    void refusesALedgerPageOutOfBounds() throws Exception {
        for (String query : List.of("size=0", "size=1001", "page=-1")) {
            mvc.perform(get("/api/v1/imports?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value(query.substring(0, query.indexOf('='))));
        }
        verifyNoInteractions(duckDb);
    }

}
