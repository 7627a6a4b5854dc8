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
        return explain(failure, "");
    }

    /** The same for a command; {@code masters} while the server holds the store is told how to use the API. */
    static String explain(Throwable failure, String command) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuckDbUnavailable unavailable) {
                if (command.equals("masters") && unavailable.heldByAnotherProcess()) {
                    return "masters: the DuckDB store is held by another process, most likely the running server; "
                            + "while it runs, load masters through its API: curl -F files=@users.csv "
                            + "[-F replace=true] http://HOST:PORT/api/v1/masters";
                }
                return unavailable.getMessage();
            }
        }
        return "could not start: " + PlainReason.of(failure)
                + " (the details are in the log file: logging.file.path, default logs/)";
    }

}
