/**
 * Master data (chart of accounts, users with approval limits, departments, vendors): files told apart by their header,
 * read through the ledger record scanner, each load replacing its DuckDB table in one transaction.
 */
package com.jaia.masters;
