package com.jaia.security;

import static com.jaia.security.Edge.from;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Once a key exists, every endpoint but health and docs needs one: 401 without, 403 below the endpoint's role, and
 * the request goes through with a role that includes it. Every answer carries the security headers.
 */
@EdgeTest
class RolesTests extends EdgeTests {

    private static final String CLIENT = "10.20.0.1";

    @Test
    void refusesRequestsWithoutAKeyOrWithAnUnknownOne() throws Exception {
        edge.mvc.perform(from(CLIENT, get("/api/v1/jobs"))).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.type").value("/problems/unauthorized"))
            .andExpect(header().string("WWW-Authenticate", "Bearer"));
        edge.mvc.perform(from(CLIENT, get("/api/v1/jobs")).header("Authorization", "Bearer jaia_not-a-key"))
            .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(
                    org.hamcrest.Matchers.containsString("not known")));
        edge.mvc.perform(from(CLIENT, get("/health"))).andExpect(status().isOk());
        edge.mvc.perform(from(CLIENT, get("/api/v1/health"))).andExpect(status().isOk());
        edge.mvc.perform(from(CLIENT, get("/v3/api-docs"))).andExpect(status().isOk());
    }

    @Test
    void letsEachRoleDoWhatItsRoleIncludes() throws Exception {
        edge.mvc.perform(from(CLIENT, viewer().on(get("/api/v1/jobs")))).andExpect(status().isOk());
        edge.mvc.perform(from(CLIENT, get("/api/v1/jobs")).header("X-API-Key", viewer().value()))
            .andExpect(status().isOk());
        // a viewer may not stop a job; an operator gets past the edge to the endpoint (no such job: 404)
        edge.mvc.perform(from(CLIENT, viewer().on(post("/api/v1/jobs/987654/stop")))).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.type").value("/problems/forbidden"))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("operator")));
        edge.mvc.perform(from(CLIENT, operator().on(post("/api/v1/jobs/987654/stop")))).andExpect(notRefused());
        // changing an account class and deleting an import are admin's
        edge.mvc.perform(from(CLIENT, operator().on(put("/api/v1/account-classes/6110")
            .contentType(MediaType.APPLICATION_JSON).content("{\"accountClass\":\"cash\",\"reason\":\"x\"}"))))
            .andExpect(status().isForbidden());
        edge.mvc.perform(from(CLIENT, operator().on(delete("/api/v1/imports/987654")))).andExpect(status().isForbidden());
        edge.mvc.perform(from(CLIENT, admin().on(delete("/api/v1/imports/987654")))).andExpect(notRefused());
        // the audit trail and the blocks are for admins only
        edge.mvc.perform(from(CLIENT, operator().on(get("/api/v1/audit")))).andExpect(status().isForbidden());
        edge.mvc.perform(from(CLIENT, admin().on(get("/api/v1/audit")))).andExpect(status().isOk());
        edge.mvc.perform(from(CLIENT, viewer().on(get("/api/v1/admin/ip-blocks")))).andExpect(status().isForbidden());
        edge.mvc.perform(from(CLIENT, admin().on(get("/api/v1/admin/ip-blocks")))).andExpect(status().isOk());
    }

    @Test
    void putsTheSecurityHeadersOnSuccessesNotFoundsAndErrors() throws Exception {
        edge.mvc.perform(from(CLIENT, viewer().on(get("/api/v1/jobs")))).andExpect(status().isOk())
            .andExpect(securityHeaders());
        edge.mvc.perform(from(CLIENT, viewer().on(get("/api/v1/no-such-thing")))).andExpect(status().isNotFound())
            .andExpect(securityHeaders());
        edge.mvc.perform(from(CLIENT, viewer().on(get("/api/v1/violations?size=0")))).andExpect(status().isBadRequest())
            .andExpect(securityHeaders());
        edge.mvc.perform(from(CLIENT, get("/api/v1/jobs"))).andExpect(status().isUnauthorized())
            .andExpect(securityHeaders());
    }

    @Test
    void keepsAWellFormedRequestIdAndReplacesOthers() throws Exception {
        edge.mvc.perform(from(CLIENT, viewer().on(get("/api/v1/jobs")).header("X-Request-ID", "trace-42.a")))
            .andExpect(header().string("X-Request-ID", "trace-42.a"));
        edge.mvc.perform(from(CLIENT, viewer().on(get("/api/v1/jobs")).header("X-Request-ID", "bad id with spaces")))
            .andExpect(header().string("X-Request-ID", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }

    private static ResultMatcher notRefused() {
        return result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
            .as(result.getResponse().getContentAsString()).isNotIn(401, 403, 429);
    }

    static ResultMatcher securityHeaders() {
        ResultMatcher[] all = { header().string("X-Content-Type-Options", "nosniff"),
                header().string("X-Frame-Options", "DENY"),
                header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"),
                header().string("Content-Security-Policy", WebSecurityConfiguration.CONTENT_SECURITY_POLICY),
                header().string("Referrer-Policy", "no-referrer"),
                header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=()")),
                header().exists("X-Request-ID") };
        return result -> {
            for (ResultMatcher matcher : all) {
                matcher.match(result);
            }
        };
    }

}
