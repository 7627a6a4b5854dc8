package com.jaia.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointRolesTests {

    @ParameterizedTest
    @CsvSource({
            "GET, /health, open",
            "GET, /api/v1/health, open",
            "GET, /v3/api-docs, open",
            "GET, /swagger-ui/index.html, open",
            "GET, /actuator/health/readiness, open",
            "GET, /actuator/prometheus, viewer",
            "GET, /actuator/metrics/jvm.memory.used, viewer",
            "GET, /api/v1/jobs, viewer",
            "GET, /api/v1/masters, viewer",
            "GET, /api/v1/anything-added-later, viewer",
            "GET, /api/v1/audit, admin",
            "GET, /api/v1/admin/ip-blocks, admin",
            "POST, /api/v1/imports, operator",
            "POST, /api/v1/jobs/42/stop, operator",
            "POST, /api/v1/jobs/42/restart, operator",
            "POST, /api/v1/reviews/retry, operator",
            "DELETE, /api/v1/imports/7, admin",
            "POST, /api/v1/masters, admin",
            "PUT, /api/v1/account-classes/6110, admin",
            "POST, /api/v1/admin/ip-blocks, admin",
            "DELETE, /api/v1/admin/ip-blocks/10.0.0.1, admin",
            "POST, /api/v1/ops/archive, admin",
            "PATCH, /api/v1/something-new, admin" })
    void mapsEachEndpointToOneRole(String method, String path, String expected) {
        Optional<Role> role = EndpointRoles.required(method, path);
        assertThat(role.map(Role::label).orElse("open")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "viewer, viewer, true", "operator, viewer, true", "admin, operator, true", "viewer, operator, false",
            "operator, admin, false" })
    void higherRolesIncludeLowerOnes(String held, String needed, boolean allowed) {
        assertThat(Role.parse(held).orElseThrow().includes(Role.parse(needed).orElseThrow())).isEqualTo(allowed);
    }

}
