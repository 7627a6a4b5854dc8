package com.jaia.status;

/**
 * A row of an import that did not load, as stored in {@code rejected_rows}.
 *
 * @param lineNumber the physical line of the file
 * @param journalId the journal id when readable
 * @param column the offending column, or null when the whole row is at fault
 * @param reason the reason code
 * @param message what is wrong
 * @param rawLine the row as read
 */
record RejectedRow(long lineNumber, String journalId, String column, String reason, String message, String rawLine) {
}
