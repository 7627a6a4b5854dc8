/**
 * Reading and checking ledger files: format and encoding detection, record scanning, header mapping, normalisation of
 * values and the per-row validation that turns a raw record into a journal line or an explained rejection.
 */
package com.jaia.validation;
