package com.jaia.ledgerfile;

/**
 * The whole file cannot be imported (empty, binary, no usable header, wrong delimiter, missing required columns);
 * the message says what was found, in words an auditor can act on.
 */
public class BadLedgerFile extends RuntimeException {

    public BadLedgerFile(String message) {
        super(message);
    }

    public BadLedgerFile(String message, Throwable cause) {
        super(message, cause);
    }

}
