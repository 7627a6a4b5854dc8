package com.jaia.generator;

/**
 * One row of the labels file: a journal that carries an injected anomaly, and what was done to it.
 *
 * @param journalId the journal
 * @param pattern the pattern name, e.g. {@code self_approval}
 * @param description what makes it anomalous, with the values involved
 */
record AnomalyLabel(String journalId, String pattern, String description) {
}
