package com.jaia.security;

import static com.jaia.security.Edge.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mutating endpoint the application has (read from its handler mappings, so new ones are covered without
 * changing this test) leaves exactly one audit record naming the caller; the trail cannot be changed afterwards.
 */
@EdgeTest
class AuditTrailTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    AuditTrail trail;

    @Autowired
    DataSource metaStore;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    /** One mutating endpoint: its method, its route pattern and whether it reads multipart. */
    record Endpoint(RequestMethod method, String pattern, boolean multipart) {
    }

    @Test
    void everyMutatingEndpointLeavesOneAuditRecordWithTheCaller() throws Exception {
        Edge edge = new Edge(context);
        Edge.Key admin = edge.key(Role.ADMIN);
        List<Endpoint> endpoints = mutatingEndpoints();
        assertThat(endpoints).extracting(Endpoint::pattern)
            .contains("/api/v1/imports", "/api/v1/jobs/{id}/stop", "/api/v1/jobs/{id}/restart",
                    "/api/v1/account-classes/{accountCode}", "/api/v1/admin/ip-blocks");
        for (Endpoint endpoint : endpoints) {
            String requestId = "audit-" + UUID.randomUUID();
            String path = endpoint.pattern().replaceAll("\\{[^}]+}", "0");
            AbstractMockHttpServletRequestBuilder<?> call = endpoint.multipart()
                    ? multipart(HttpMethod.valueOf(endpoint.method().name()), path)
                    : request(HttpMethod.valueOf(endpoint.method().name()), path)
                        .contentType(MediaType.APPLICATION_JSON).content("{}");
            int status = edge.mvc.perform(from("10.60.0.1", admin.on(call).header("X-Request-ID", requestId)))
                .andReturn().getResponse().getStatus();
            List<AuditRecord> records = trail.page(null, admin.name(), null, 0, 1000).items().stream()
                .filter(r -> r.requestId().equals(requestId)).toList();
            assertThat(records).as(endpoint.toString()).singleElement().satisfies(r -> {
                assertThat(r.actor()).isEqualTo(admin.name());
                assertThat(r.role()).isEqualTo("admin");
                assertThat(r.clientIp()).isEqualTo("10.60.0.1");
                assertThat(r.action()).isEqualTo(endpoint.method() + " " + endpoint.pattern());
                assertThat(r.outcome()).isEqualTo(status);
            });
        }
    }

    @Test
    void servesTheTrailToAdminsFilteredByActorAndAction() throws Exception {
        Edge edge = new Edge(context);
        Edge.Key admin = edge.key(Role.ADMIN);
        edge.mvc.perform(from("10.61.0.1", admin.on(put("/api/v1/account-classes/NOPE")
            .contentType(MediaType.APPLICATION_JSON).content("{\"accountClass\":\"cash\",\"reason\":\"check\"}"))));
        edge.mvc.perform(from("10.61.0.1", admin.on(get("/api/v1/audit?actor=" + admin.name()
            + "&action=account-classes&since=2020-01-01&page=0&size=10"))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalItems").value(1))
            .andExpect(jsonPath("$.totalPages").value(1))
            .andExpect(jsonPath("$.items[0].action").value("PUT /api/v1/account-classes/{accountCode}"))
            .andExpect(jsonPath("$.items[0].target").value("accountCode=NOPE"))
            .andExpect(jsonPath("$.items[0].outcome").value(400));
    }

    @Test
    void refusesToChangeOrDeleteAuditRecords() {
        trail.record("someone", Role.ADMIN, "10.62.0.1", "append-only", "POST /x", "", 200);
        JdbcClient sqlite = JdbcClient.create(metaStore);
        assertThatThrownBy(() -> sqlite.sql("UPDATE audit_log SET actor = 'nobody' WHERE request_id = 'append-only'")
            .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> sqlite.sql("DELETE FROM audit_log WHERE request_id = 'append-only'").update())
            .hasMessageContaining("append-only");
    }

    @Test
    void keepsTheAuthorOfAnAccountClassOverrideAndChecksClassAndReason() throws Exception {
        duckDb.sql("INSERT INTO accounts (account_code, account_name, account_class, account_class_source) "
                + "VALUES ('AUD-1', '仮払金', 'suspense', 'file') ON CONFLICT DO NOTHING").update();
        Edge edge = new Edge(context);
        Edge.Key admin = edge.key(Role.ADMIN);
        edge.mvc.perform(from("10.63.0.1", admin.on(put("/api/v1/account-classes/AUD-1")
            .contentType(MediaType.APPLICATION_JSON).content("{\"accountClass\":\"no-such-class\"}"))))
            .andExpect(status().isBadRequest());
        edge.mvc.perform(from("10.63.0.1", admin.on(put("/api/v1/account-classes/AUD-1")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"accountClass\":\"cash\",\"reason\":\"" + "x".repeat(2001) + "\"}"))))
            .andExpect(status().isBadRequest());
        edge.mvc.perform(from("10.63.0.1", admin.on(put("/api/v1/account-classes/AUD-1")
            .contentType(MediaType.APPLICATION_JSON).content("{\"accountClass\":\"cash\",\"reason\":\"petty cash\"}"))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.accountClass").value("cash"))
            .andExpect(jsonPath("$.overrideAuthor").value(admin.name()))
            .andExpect(jsonPath("$.overrideReason").value("petty cash"));
    }

    private List<Endpoint> mutatingEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (EndpointRoles.mutating(method.name())) {
                    info.getPatternValues().forEach(p -> endpoints.add(new Endpoint(method, p, multipart)));
                }
            }
        }
        return endpoints;
    }

}
