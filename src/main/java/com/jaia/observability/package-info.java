/**
 * What operators see of a running JAIA: the five log files with secrets masked, request and step timings, meters for
 * Prometheus, traces, and the live progress of every step.
 */
package com.jaia.observability;
