package com.jaia.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Declares the DuckDB pool beside (not instead of) Boot's primary SQLite data source.
 */
@Configuration(proxyBeanMethods = false)
class DuckDbConfiguration {

    /** Qualifier of the DuckDB data source and its {@link JdbcClient}. */
    static final String DUCKDB = DuckDb.QUALIFIER;

    @Bean(name = DUCKDB, defaultCandidate = false, destroyMethod = "close")
    @Qualifier(DUCKDB)
    HikariDataSource duckDbDataSource(DuckDbSettings settings) {
        Path file = settings.path().toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        }
        catch (IOException e) {
            throw new DuckDbUnavailable("cannot create the directory of the DuckDB file " + file + ": " + e, e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("duckdb");
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setJdbcUrl("jdbc:duckdb:" + file);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        Properties properties = new Properties();
        properties.setProperty("memory_limit", settings.memoryLimit());
        properties.setProperty("threads", Integer.toString(settings.threads()));
        properties.setProperty("temp_directory", file.getParent().resolve("duckdb-tmp").toString());
        properties.setProperty("preserve_insertion_order", "false");
        config.setDataSourceProperties(properties);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        }
        catch (RuntimeException e) {
            throw DuckDb.unavailable(file, e);
        }
        // whoever opens the store finds its tables, however lazily a command's context creates its beans
        try (Connection connection = pool.getConnection()) {
            new DuckDbSchema(pool).apply(connection);
        }
        catch (SQLException | IOException | RuntimeException e) {
            pool.close();
            throw DuckDb.unavailable(file, e);
        }
        return pool;
    }

    @Bean(name = "duckDbJdbcClient", defaultCandidate = false)
    @Qualifier(DUCKDB)
    JdbcClient duckDbJdbcClient(@Qualifier(DUCKDB) DataSource duckDb) {
        return JdbcClient.create(duckDb);
    }

    @Bean(name = DuckDb.READERS, defaultCandidate = false)
    @Qualifier(DuckDb.READERS)
    JdbcClient duckDbReaders(@Qualifier(DUCKDB) DataSource duckDb, DuckDbReaderSettings settings) {
        return JdbcClient.create(new BoundedReaders(duckDb, settings));
    }

    @Bean
    DuckDbSchema duckDbSchema(@Qualifier(DUCKDB) DataSource duckDb) {
        return new DuckDbSchema(duckDb);
    }

}
