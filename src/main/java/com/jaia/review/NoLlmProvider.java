package com.jaia.review;

/**
 * Deferred reviews cannot be retried because no LLM provider is configured.
 */
public class NoLlmProvider extends RuntimeException {

    NoLlmProvider() {
        super("no LLM provider is configured, so deferred reviews cannot be retried; set LLM_PROVIDER (and its key or "
                + "endpoint) and try again");
    }

}
