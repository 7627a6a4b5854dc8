package com.jaia.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The optional OAuth2/OIDC resource server: with {@code jaia.security.oidc.issuer-uri} set, a bearer token that is
 * not an API key is checked as a JWT of that issuer (keys from its discovery document, fetched on first use) and its
 * roles claim gives the role.
 */
final class OidcTokens {

    private OidcTokens() {
    }

    static void configure(HttpSecurity http, SecuritySettings.Oidc oidc, ObjectProvider<JwtDecoder> configured,
            EdgeRefusals refusals) throws Exception {
        JwtDecoder decoder = configured.getIfAvailable(() -> NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri())
            .build());
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> roles(jwt, oidc.rolesClaim()));
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        http.oauth2ResourceServer(resourceServer -> resourceServer
            .bearerTokenResolver(request -> {
                String token = tokens.resolve(request);
                return token == null || token.startsWith(ApiKeys.PREFIX) ? null : token;
            })
            .authenticationEntryPoint(refusals)
            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter)));
    }

    /** The JAIA roles named in the claim (a list or a space-separated string); unknown names are ignored. */
    static Collection<GrantedAuthority> roles(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        List<String> names = value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value).split("[ ,]+"));
        return names.stream().map(Role::parse).flatMap(Optional::stream)
            .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

}
