package com.jaia.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter.HeaderValue;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.filter.CorsFilter;

/**
 * The server's filter chain, in the order a request meets it: request id and client address, audit, security
 * headers, CORS, blocks and attack patterns, input limits, API key (or OIDC JWT), rate limit, the role check of
 * {@link EndpointRoles}, multipart part count.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    private static final Logger SECURITY = LoggerFactory.getLogger("jaia.security");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    ClientAddresses clientAddresses(SecuritySettings settings) {
        return new ClientAddresses(settings.trustedProxies());
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecuritySettings settings, ClientAddresses addresses,
            ApiKeys keys, IpBlocks blocks, AuditTrail trail, ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        EdgeRefusals refusals = new EdgeRefusals();
        http.csrf(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .headers(headers -> headers.frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .xssProtection(x -> x.headerValue(HeaderValue.DISABLED))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()")))
            .addFilterBefore(new RequestIdFilter(addresses), SecurityContextHolderFilter.class)
            .addFilterBefore(new AuditFilter(trail), HeaderWriterFilter.class)
            .addFilterAt(EdgeCors.filter(settings.cors()), CorsFilter.class)
            .addFilterAfter(new SuspiciousRequestFilter(blocks), CorsFilter.class)
            .addFilterAfter(new InputLimitsFilter(settings.limits()), SuspiciousRequestFilter.class)
            .addFilterAfter(new ApiKeyFilter(keys, settings.oidc().enabled()), InputLimitsFilter.class)
            .addFilterAfter(new RateLimitFilter(settings.rateLimit()), ApiKeyFilter.class)
            .addFilterAfter(new MultipartLimitFilter(settings.limits().maxMultipartParts()), AuthorizationFilter.class)
            .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
            .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
                .permitAll()
                .anyRequest().access(new EndpointAuthorization()));
        if (settings.oidc().enabled()) {
            OidcTokens.configure(http, settings.oidc(), jwtDecoder, refusals);
        }
        return http.build();
    }

    /** Requests the firewall refuses (encoded traversal, control characters) count as suspicious too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ClientAddresses addresses, IpBlocks blocks) {
        SuspiciousRequestFilter suspicious = new SuspiciousRequestFilter(blocks);
        return (request, response, rejected) -> suspicious.refuse(request, response, addresses.resolve(request),
                "malformed URL: " + rejected.getMessage());
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> securityStartupReport(ApiKeys keys, SecuritySettings settings) {
        return event -> {
            List<ApiKey> all = keys.list();
            if (settings.oidc().enabled()) {
                SECURITY.info("API keys ({}) and JWTs from the OIDC issuer {} are accepted; every endpoint but "
                        + "health and the API docs needs one", all.size(), settings.oidc().issuerUri());
            }
            else if (all.isEmpty()) {
                SECURITY.warn("No API key exists: the server answers requests from this machine (loopback) only. "
                        + "Create the first key with 'java -jar jaia.jar keys create --name=NAME --role=admin'.");
            }
            else {
                SECURITY.info("{} API key(s) exist: every endpoint but health and the API docs needs one",
                        all.size());
            }
            if (!settings.trustedProxies().isEmpty()) {
                SECURITY.info("X-Forwarded-For is believed from the trusted proxies {}", settings.trustedProxies());
            }
        };
    }

}
