/**
 * The DuckDB analytical store: its connection pool, schema and the plain failure when another process holds the file.
 */
package com.jaia.duckdb;
