package com.jaia;

import com.jaia.duckdb.DuckDbUnavailable;
import com.jaia.problems.PlainReason;

/**
 * Turns a failure into the one sentence an operator needs, instead of a stack trace (which goes to the log file).
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
        return "could not start: " + PlainReason.of(failure)
                + " (the details are in the log file: logging.file.path, default logs/)";
    }

}
