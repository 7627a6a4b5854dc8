package com.jaia.security;

import com.jaia.metastore.MetaStoreSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The small application the {@code keys} command runs in: the SQLite metadata store and the key store only, so that
 * keys can be created and revoked while the server runs (the server holds the DuckDB file, the command does not need
 * it) and take effect on the server's next request. Not a component: the server's own scan leaves it out.
 */
@EnableConfigurationProperties({ MetaStoreSettings.class, SecuritySettings.class })
@ComponentScan("com.jaia.metastore")
@Import({ SecurityStoreConfiguration.class, KeysCommand.class })
public class KeysApplication {

}
