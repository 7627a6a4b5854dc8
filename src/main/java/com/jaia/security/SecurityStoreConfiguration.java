package com.jaia.security;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The edge's stores in SQLite, used by the server and by the {@code keys} command alike.
 */
@Configuration(proxyBeanMethods = false)
class SecurityStoreConfiguration {

    @Bean
    SecuritySchema securitySchema(DataSource dataSource) {
        return new SecuritySchema(dataSource);
    }

    @Bean
    ApiKeys apiKeys(DataSource dataSource, SecuritySchema schema) {
        return new ApiKeys(dataSource, schema);
    }

    @Bean
    AuditTrail auditTrail(DataSource dataSource, SecuritySchema schema) {
        return new AuditTrail(dataSource, schema);
    }

    @Bean
    IpBlocks ipBlocks(DataSource dataSource, SecuritySchema schema, SecuritySettings settings) {
        return new IpBlocks(dataSource, schema, settings, Clock.systemUTC());
    }

}
