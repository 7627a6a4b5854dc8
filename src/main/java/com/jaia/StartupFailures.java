package com.jaia;

import com.jaia.duckdb.DuckDbUnavailable;

/**
 * Turns a failed start-up into the one sentence an operator needs, instead of a stack trace.
 */
final class StartupFailures {

    private StartupFailures() {
    }

    static String explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuckDbUnavailable unavailable) {
                return unavailable.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "could not start: " + root.getMessage();
    }

}
