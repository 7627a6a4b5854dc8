package com.jaia.validation;

/**
 * A record that will not load, with the reason a person can act on.
 *
 * @param lineNumber the physical line where the record starts
 * @param journalId the journal id when readable, else null
 * @param column the header (as written in the file) of the offending column, or null when the whole row is at fault
 * @param reason the reason code
 * @param message what is wrong, quoting the value, e.g. {@code 計上日 "2024/13/01" is not a date}
 * @param rawLine the record as read, cut to a sane length
 */
record Rejection(long lineNumber, String journalId, String column, RejectReason reason, String message,
        String rawLine) implements ValidatedLine {
}
