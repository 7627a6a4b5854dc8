package com.jaia.metastore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The primary data source: SQLite in WAL mode, where every write transaction takes the lock up front
 * ({@code transaction_mode=IMMEDIATE}) so that concurrent jobs wait for each other instead of failing with SQLITE_BUSY.
 */
@Configuration(proxyBeanMethods = false)
class MetaStoreConfiguration {

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(MetaStoreSettings settings) {
        Path file = settings.path().toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of SQLITE_PATH " + file, e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("sqlite");
        config.setDriverClassName("org.sqlite.JDBC");
        config.setJdbcUrl("jdbc:sqlite:" + file + "?journal_mode=WAL&busy_timeout=60000&transaction_mode=IMMEDIATE"
                + "&synchronous=NORMAL");
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(120_000);
        return new HikariDataSource(config);
    }

}
