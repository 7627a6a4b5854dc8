package com.jaia.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class OidcTokensTests {

    @Test
    void takesTheRolesFromTheConfiguredClaimAndIgnoresUnknownNames() {
        assertThat(authorities(jwt("roles", List.of("viewer", "auditor", "ADMIN")), "roles"))
            .containsExactly("ROLE_VIEWER", "ROLE_ADMIN");
        assertThat(authorities(jwt("groups", "operator other"), "groups")).containsExactly("ROLE_OPERATOR");
        assertThat(authorities(jwt("roles", List.of("admin")), "groups")).isEmpty();
    }

    private static List<String> authorities(Jwt jwt, String claim) {
        return OidcTokens.roles(jwt, claim).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt jwt(String claim, Object value) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("auditor@example.com").claim(claim, value)
            .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }

}
