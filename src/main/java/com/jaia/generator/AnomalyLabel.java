package com.jaia.generator;

/**
 * One row of the labels file: a journal that carries an injected anomaly, and what was done to it. The row names the
 * journal by business unit, fiscal year (as the ledger names it) and journal id, read when the row is written.
 *
 * @param journal the journal
 * @param pattern the pattern name, e.g. {@code self_approval}
 * @param description what makes it anomalous, with the values involved
 */
record AnomalyLabel(Journal journal, String pattern, String description) {
}
