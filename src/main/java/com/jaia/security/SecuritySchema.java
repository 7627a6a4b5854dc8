package com.jaia.security;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates the edge's tables in the SQLite metadata store (keys, permanent blocks, the append-only audit log).
 */
class SecuritySchema {

    SecuritySchema(DataSource metaStore) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
                new ClassPathResource("db/security/security-schema.sql"));
        // triggers hold semicolons: statements are separated by a semicolon at the end of a paragraph
        populator.setSeparator(";\n\n");
        populator.execute(metaStore);
    }

}
