package com.jaia.security;

import static com.jaia.security.Edge.from;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Attack patterns are refused and counted; ten block the address until an admin lifts the block. Ordinary requests,
 * Japanese text and spreadsheet-like values included, pass.
 */
@EdgeTest
class SuspiciousRequestsTests extends EdgeTests {

    @Test
    void blocksAnAddressAfterTenSuspiciousRequestsUntilAnAdminUnblocksIt() throws Exception {
        String[] attacks = { "<script>alert(1)</script>", "x' OR '1'='1", "1 UNION SELECT password FROM users",
            "../../etc/passwd", "${jndi:ldap://x}", "{{7*7}}", "1;DROP TABLE imports", "javascript:alert(1)",
            "<iframe src=x>" };
        for (String attack : attacks) {
            edge.mvc.perform(from("10.40.0.1", viewer().on(get("/api/v1/jobs").queryParam("name", attack))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/suspicious-request"));
        }
        edge.mvc.perform(from("10.40.0.1", viewer().on(get("/api/v1/jobs")))).andExpect(status().isOk());
        edge.mvc.perform(from("10.40.0.1", viewer().on(get("/api/v1/jobs")).header("User-Agent", "<script>")))
            .andExpect(status().isBadRequest());
        edge.mvc.perform(from("10.40.0.1", viewer().on(get("/api/v1/jobs")))).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.type").value("/problems/address-blocked"));
        edge.mvc.perform(from("10.40.0.2", admin().on(get("/api/v1/admin/ip-blocks")))).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[?(@.address == '10.40.0.1')].kind").value("temporary"));

        edge.mvc.perform(from("10.40.0.2", admin().on(delete("/api/v1/admin/ip-blocks/10.40.0.1"))))
            .andExpect(status().isNoContent());
        edge.mvc.perform(from("10.40.0.1", viewer().on(get("/api/v1/jobs")))).andExpect(status().isOk());
    }

    @Test
    void countsRequestsTheFirewallRefusesAsSuspicious() throws Exception {
        edge.mvc.perform(from("10.43.0.1", viewer().on(get("/api/v1/jobs/..%2F..%2Fetc"))))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("/problems/suspicious-request"));
    }

    @Test
    void blocksAndUnblocksAnAddressPermanentlyThroughTheApi() throws Exception {
        edge.mvc.perform(from("10.41.0.2", admin().on(post("/api/v1/admin/ip-blocks"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"address\":\"10.41.0.1\",\"reason\":\"scanner\"}")))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("permanent"))
            .andExpect(jsonPath("$.blockedBy").value(admin().name()));
        edge.mvc.perform(from("10.41.0.1", viewer().on(get("/api/v1/jobs")))).andExpect(status().isForbidden());
        edge.mvc.perform(from("10.41.0.1", get("/health"))).andExpect(status().isForbidden());
        edge.mvc.perform(from("10.41.0.2", admin().on(delete("/api/v1/admin/ip-blocks/10.41.0.1"))))
            .andExpect(status().isNoContent());
        edge.mvc.perform(from("10.41.0.1", viewer().on(get("/api/v1/jobs")))).andExpect(status().isOk());
        edge.mvc.perform(from("10.41.0.2", admin().on(delete("/api/v1/admin/ip-blocks/10.41.0.1"))))
            .andExpect(status().isNotFound());
    }

    @Test
    void letsOrdinaryRequestsThrough() throws Exception {
        String[][] ordinary = { { "name", "売上高 仕訳" }, { "account", "=SUM(A1)" }, { "user", "@admin" },
            { "account", "+81-3" }, { "user", "O'Brien" }, { "account", "-1" }, { "since", "2025-04-01T00:00:00" },
            { "user", "a--b" }, { "user", "1=1" }, { "user", "50% off; (see note)" } };
        for (String[] parameter : ordinary) {
            edge.mvc.perform(from("10.42.0.1", viewer().on(get("/api/v1/violations").queryParam(parameter[0],
                    parameter[1])))).andExpect(status().is(Matchers.not(Matchers.oneOf(400, 403))));
        }
        Edge.Key operator = edge.key(Role.OPERATOR);
        MockMultipartFile file = new MockMultipartFile("file", "仕訳 2024 (copy).csv", "text/csv",
                "=cmd|' /C calc'!A0,@SUM(1),+1,-1\n".getBytes(StandardCharsets.UTF_8));
        // refused for its content (not a ledger) by the import, not by the edge
        edge.mvc.perform(from("10.42.0.1", operator.on(multipart("/api/v1/imports").file(file)
            .param("businessUnit", "BU ONE")))).andExpect(status().is(Matchers.not(Matchers.oneOf(401, 403, 429))))
            .andExpect(content().string(Matchers.not(Matchers.containsString("suspicious-request"))));
    }

}
