package com.jaia.review;

import java.math.BigDecimal;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The LLM usage and cost ledger in the SQLite metadata store: one short transaction per call attempt, so the review
 * never holds the SQLite write lock across a chunk.
 */
class LlmUsageLog {

    private final JdbcClient sqlite;

    LlmUsageLog(DataSource metaStore) {
        new ResourceDatabasePopulator(new ClassPathResource("db/sqlite/llm-usage.sql")).execute(metaStore);
        this.sqlite = JdbcClient.create(metaStore);
    }

    void record(LlmCall call, long importId, String journalId) {
        sqlite.sql("""
                insert into llm_usage (import_id, journal_id, provider, model, input_tokens, output_tokens, cost,
                    latency_ms, outcome, error) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(importId, journalId, call.provider(), call.model(), call.inputTokens(), call.outputTokens(),
                    call.cost(), call.latencyMillis(), call.outcome(), call.error())
            .update();
    }

    /** What the import has spent so far, over all its executions. */
    BigDecimal spent(long importId) {
        return sqlite.sql("select coalesce(sum(cost), 0) from llm_usage where import_id = ?").param(importId)
            .query(BigDecimal.class).single();
    }

    /** Calls made for one journal of an import, successful or not. */
    long calls(long importId, String journalId) {
        return sqlite.sql("select count(*) from llm_usage where import_id = ? and journal_id = ?")
            .params(importId, journalId).query(Long.class).single();
    }

}
