package com.jaia.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.jaia.duckdb.DuckDbSettings;
import com.jaia.metastore.MetaStoreSettings;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Status;

class ReadinessTests {

    @TempDir
    Path dir;

    HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(1);
        return pool;
    }

    @Test
    void reportsDuckDbDownWhenItDoesNotAnswer() {
        HikariDataSource duckDb = pool("jdbc:duckdb:" + dir.resolve("gone.duckdb"));
        HikariDataSource sqlite = pool("jdbc:sqlite:" + dir.resolve("meta.db"));
        duckDb.close();
        try (sqlite) {
            Stores stores = new Stores(duckDb, sqlite, new DuckDbSettings(dir.resolve("gone.duckdb"), null, 1, 1),
                    new MetaStoreSettings(dir.resolve("meta.db"), 1));
            var indicators = new HealthIndicatorConfiguration();
            assertThat(indicators.duckDbHealthIndicator(stores).health(true).getStatus()).isEqualTo(Status.DOWN);
            assertThat(indicators.sqliteHealthIndicator(stores).health(true).getStatus()).isEqualTo(Status.UP);
            assertThat(stores.duckDbStatus()).containsEntry("status", "down").containsKey("error");
        }
    }

    @Test
    void reportsAnInboxThatCannotBeWrittenDown() {
        assertThat(HealthIndicatorConfiguration.writable(dir.resolve("inbox"))).isNull();
        assertThat(HealthIndicatorConfiguration.writable(Path.of("/proc/jaia-inbox"))).startsWith("not writable");
    }

}
