package com.jaia.observability;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingConnectionDetails;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.Transport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Exports spans over OTLP only when {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set (the OpenTelemetry convention: the
 * base URL, {@code /v1/traces} appended for HTTP); without it nothing is exported and no connection is attempted.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";

    @Bean
    @ConditionalOnProperty(ENDPOINT)
    OtlpTracingConnectionDetails otlpFromEnvironment(Environment environment) {
        String base = environment.getRequiredProperty(ENDPOINT).replaceAll("/+$", "");
        return transport -> transport == Transport.HTTP ? base + "/v1/traces" : base;
    }

}
