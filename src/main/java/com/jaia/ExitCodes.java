package com.jaia;

/**
 * The exit codes of the command line, as the help text lists them.
 */
public final class ExitCodes {

    public static final int DONE = 0;

    public static final int FAILED = 1;

    public static final int USAGE = 2;

    public static final int STORES_UNAVAILABLE = 3;

    public static final int REFUSED = 4;

    public static final int NOTHING_LOADED = 5;

    private ExitCodes() {
    }

}
