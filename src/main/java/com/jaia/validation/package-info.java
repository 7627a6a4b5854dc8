/**
 * {@code validateJournalStep}: header mapping, normalisation of values and the per-row validation that turns a raw
 * record into a journal line or an explained rejection, staged for the load. Its one entry point is
 * {@link com.jaia.validation.ValidatedFile}, what it hands to the steps after it.
 */
package com.jaia.validation;
