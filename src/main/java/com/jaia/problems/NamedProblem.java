package com.jaia.problems;

import org.springframework.http.ProblemDetail;

/**
 * A failure that names the problem type the web API answers it with; the API's one handler turns it into that problem
 * detail, whichever stage threw it.
 */
public abstract class NamedProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemType type;

    protected NamedProblem(ProblemType type, String message) {
        super(message);
        this.type = type;
    }

    /** The problem detail a client reads: the type, with this failure's message as the detail. */
    public ProblemDetail detail() {
        return type.detail(getMessage());
    }

}
