/**
 * The SQLite metadata store: Spring Batch's job repository and the application's own metadata.
 */
package com.jaia.metastore;
