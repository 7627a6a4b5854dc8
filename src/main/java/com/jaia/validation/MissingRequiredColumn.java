package com.jaia.validation;

import java.util.List;

import com.jaia.ledgerfile.BadLedgerFile;

/**
 * The header lacks a column the import needs (journal id, effective date, account, amount with its side); the
 * message names what is missing and lists the headers found.
 */
class MissingRequiredColumn extends BadLedgerFile {

    private final List<String> missing;
    private final List<String> headersFound;

    public MissingRequiredColumn(List<String> missing, List<String> headersFound) {
        super("missing required column" + (missing.size() > 1 ? "s: " : ": ") + String.join("; ", missing)
                + ". Headers found: " + (headersFound.isEmpty() ? "(none)" : String.join(", ", headersFound)));
        this.missing = List.copyOf(missing);
        this.headersFound = List.copyOf(headersFound);
    }

    /** What is missing, each as a description naming the accepted header names. */
    public List<String> missing() {
        return missing;
    }

    /** The headers of the file as written. */
    public List<String> headersFound() {
        return headersFound;
    }

}
