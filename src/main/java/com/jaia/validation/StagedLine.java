package com.jaia.validation;

/**
 * A validated record on its way to the staging files, with the byte offset of the record in the source file so that
 * the load step can quote the original line of any journal it rejects as a whole.
 */
record StagedLine(ValidatedLine line, long offset) {
}
