package com.jaia.status;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What start-up does with executions that a killed process left running.
 *
 * @param autoRestart restart every execution marked failed at start-up (server mode only)
 */
@ConfigurationProperties("jaia.recovery")
public record RecoverySettings(boolean autoRestart) {
}
