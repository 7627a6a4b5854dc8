package com.jaia.metastore;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the SQLite metadata store lives.
 *
 * @param path the database file ({@code SQLITE_PATH})
 * @param poolSize connections kept open; writers serialise through {@code transaction_mode=IMMEDIATE}
 */
@ConfigurationProperties("jaia.metastore")
public record MetaStoreSettings(Path path, int poolSize) {

    public MetaStoreSettings {
        path = path == null ? Path.of("data", "jaia_meta.db") : path;
        poolSize = poolSize <= 0 ? 4 : poolSize;
    }

}
