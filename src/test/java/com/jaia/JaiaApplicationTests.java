package com.jaia;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(duckDb.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")
            .query(String.class).list()).contains("journal_entries", "imports", "rejected_rows", "rule_violations",
                    "risk_scores", "llm_reviews");
        try (var connection = metaStore.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:sqlite:");
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.createStatement()
                .executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertThat(tables).as("the job repository's tables").contains("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION",
                    "BATCH_STEP_EXECUTION");
        }
    }

}
