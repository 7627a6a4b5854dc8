package com.jaia;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

@JaiaSpringTest
class JaiaApplicationTests {

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @Autowired
    DataSource metaStore;

    @Test
    void createsBothStores() throws Exception {
        assertThat(duckDb.sql("select count(*) from imports").query(Long.class).single()).isNotNegative();
        try (var connection = metaStore.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:sqlite:");
            assertThat(connection.createStatement().executeQuery("select count(*) from BATCH_JOB_INSTANCE").next())
                .isTrue();
        }
    }

}
