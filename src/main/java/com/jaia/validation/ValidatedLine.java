package com.jaia.validation;

/**
 * What validation makes of one record: a journal line ready to load, or a rejection that says why not.
 */
public sealed interface ValidatedLine permits JournalLine, Rejection {

    /** The physical line of the file where the record starts. */
    long lineNumber();

    /** The journal id, when the record had a readable one (rejections may have none). */
    String journalId();

}
