/**
 * Audit rules and risk scores: the rule catalogue run as set-based DuckDB SQL over the fiscal years an import or a
 * refresh touched, ML anomaly scores folded in, and the results written as {@code rule_violations} and
 * {@code risk_scores}.
 */
package com.jaia.rules;
