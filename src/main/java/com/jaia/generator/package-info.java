/**
 * Synthetic ledgers for demos, tests and benchmarks: a deterministic generator of balanced Japanese journals with
 * labelled audit anomalies and matching master files, and DuckDB's own CSV reader as the speed reference.
 */
package com.jaia.generator;
