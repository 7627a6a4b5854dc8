package com.jaia.status;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the status layer reports and how often.
 *
 * @param version the application version shown by the health endpoints (filled from the build)
 * @param eventInterval how often the server-sent job events are sent
 */
@ConfigurationProperties("jaia.status")
public record StatusSettings(String version, Duration eventInterval) {

    public StatusSettings {
        version = version == null || version.isBlank() || version.startsWith("@") ? "dev" : version;
        eventInterval = eventInterval == null ? Duration.ofSeconds(1) : eventInterval;
    }

}
