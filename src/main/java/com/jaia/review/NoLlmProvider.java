package com.jaia.review;

import com.jaia.problems.NamedProblem;
import com.jaia.problems.ProblemType;

/**
 * Deferred reviews cannot be retried because no LLM provider is configured.
 */
public class NoLlmProvider extends NamedProblem {

    NoLlmProvider() {
        super(ProblemType.NO_LLM_PROVIDER, "no LLM provider is configured, so deferred reviews cannot be retried; set LLM_PROVIDER (and its key or "
                + "endpoint) and try again");
    }

}
