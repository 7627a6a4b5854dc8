package com.jaia.rules.ml;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the ML scorer with its {@code jaia.ml} settings.
 */
@Configuration(proxyBeanMethods = false)
class MlConfiguration {

    @Bean
    MlScorer mlScorer(MlSettings settings) {
        return new MlScorer(settings);
    }

}
