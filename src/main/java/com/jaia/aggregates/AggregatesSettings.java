package com.jaia.aggregates;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the aggregates API pages its answers.
 *
 * @param defaultPageSize rows per page when the request names no {@code size}
 * @param maxPageSize the largest {@code size} a request may ask for
 */
@ConfigurationProperties("jaia.aggregates")
public record AggregatesSettings(int defaultPageSize, int maxPageSize) {

    public AggregatesSettings {
        defaultPageSize = defaultPageSize <= 0 ? 100 : defaultPageSize;
        maxPageSize = maxPageSize <= 0 ? 10_000 : maxPageSize;
    }

}
