package com.jaia.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jaia.intake.IntakeSettings;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator indicators for the two stores and the watched folders; the readiness group includes them, so readiness
 * goes DOWN when DuckDB does not answer.
 */
@Configuration(proxyBeanMethods = false)
class HealthIndicatorConfiguration {

    @Bean
    HealthIndicator duckDbHealthIndicator(Stores stores) {
        return () -> health(stores.duckDbProblem());
    }

    @Bean
    HealthIndicator sqliteHealthIndicator(Stores stores) {
        return () -> health(stores.metaStoreProblem());
    }

    @Bean
    HealthIndicator inboxHealthIndicator(IntakeSettings settings) {
        return () -> {
            Health.Builder health = Health.up();
            for (Path inbox : settings.inboxes()) {
                String problem = writable(inbox);
                health.withDetail(inbox.toString(), problem == null ? "writable" : problem);
                if (problem != null) {
                    health.down();
                }
            }
            return health.build();
        };
    }

    static Health health(String problem) {
        return problem == null ? Health.up().build() : Health.down().withDetail("error", problem).build();
    }

    static String writable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".probe-", ".tmp");
            Files.delete(probe);
            return null;
        }
        catch (IOException | RuntimeException e) {
            return "not writable: " + e.getMessage();
        }
    }

}
