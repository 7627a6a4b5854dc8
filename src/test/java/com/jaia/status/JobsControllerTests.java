package com.jaia.status;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import com.jaia.api.Page;
import com.jaia.intake.ImportQueue;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The jobs API's web contract on its own (the edge's filters off): parameters out of bounds or outside their set are
 * a 400 problem naming them before anything is read, unknown executions a 404 problem, and lists one page shape.
 * The collaborators behind the controller stand in only for what the web layer hands them; their behaviour is tested
 * with the whole application in {@link JobsApiTests}.
 */
@WebMvcTest(controllers = JobsController.class)
@AutoConfigureMockMvc(addFilters = false)
class JobsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    JobHistory history;

    @MockitoBean
    JobDetails details;

    @MockitoBean
    RejectedRows rejects;

    @MockitoBean
    JobOperator jobOperator;

    @MockitoBean
    ImportQueue imports;

    @MockitoBean
    JobEvents events;

    @Test
    void refusesAnUnknownStatusNamingTheAcceptedValues() throws Exception {
        mvc.perform(get("/api/v1/jobs?status=BOGUS"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
            .andExpect(jsonPath("$.parameter").value("status"))
            .andExpect(jsonPath("$.acceptedValues").isArray())
            .andExpect(jsonPath("$.acceptedValues[?(@ == 'COMPLETED')]").exists());
        verifyNoInteractions(history);
    }

    @Test
    void refusesPagesOutOfBoundsAndMalformedTimes() throws Exception {
        for (String query : List.of("size=0", "size=1001", "page=-1", "size=many")) {
            String parameter = query.substring(0, query.indexOf('='));
            mvc.perform(get("/api/v1/jobs?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value(parameter));
        }
        mvc.perform(get("/api/v1/jobs?since=yesterday"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("since"));
        mvc.perform(get("/api/v1/jobs/7/rejects?size=5000"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("size"));
        verifyNoInteractions(history, rejects);
    }

    @Test
    void answersOnePageShapeWithOffsetTimestamps() throws Exception {
        OffsetDateTime created = OffsetDateTime.parse("2026-04-01T09:00:00+09:00");
        given(history.page(eq("journalImportJob"), eq("COMPLETED"), any(), any(), eq(1), eq(2)))
            .willReturn(Page.of(List.of(new JobSummary(12, 5, "journalImportJob", "COMPLETED", "COMPLETED", created,
                    created, created.plusMinutes(1)), new JobSummary(11, 4, "journalImportJob", "COMPLETED",
                            "COMPLETED", created, created, created)), 1, 2, 5));
        mvc.perform(get("/api/v1/jobs?name=journalImportJob&status=completed&page=1&size=2")
                .param("since", "2026-04-01T00:00:00+09:00"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(2))
            .andExpect(jsonPath("$.page").value(1))
            .andExpect(jsonPath("$.size").value(2))
            .andExpect(jsonPath("$.totalItems").value(5))
            .andExpect(jsonPath("$.totalPages").value(3))
            .andExpect(jsonPath("$.items[0].ended").value("2026-04-01T09:01:00+09:00"));
    }

    @Test
    void answersAnUnknownExecutionWithAJobNotFoundProblem() throws Exception {
        given(details.describe(987L)).willThrow(new JobNotFound(987L));
        given(details.execution(987L)).willThrow(new JobNotFound(987L));
        for (String path : List.of("/api/v1/jobs/987", "/api/v1/jobs/987/rejects")) {
            mvc.perform(get(path))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/job-not-found"))
                .andExpect(jsonPath("$.detail").value("no job execution 987"));
        }
        mvc.perform(get("/api/v1/jobs/not-a-number"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("id"));
        verifyNoInteractions(rejects);
    }

}
