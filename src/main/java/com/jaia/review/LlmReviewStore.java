package com.jaia.review;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code llm_reviews} table: an idempotent upsert per journal of an import, and earlier answers reused for an
 * unchanged prompt and model.
 */
class LlmReviewStore {

    private final JdbcClient duckDb;

    LlmReviewStore(JdbcClient duckDb) {
        this.duckDb = duckDb;
    }

    void save(JournalReview review) {
        ReviewCandidate c = review.candidate();
        ReviewAnswer a = review.answer();
        LlmAnswer call = review.call();
        duckDb.sql("""
                insert or replace into llm_reviews (import_id, fiscal_year, journal_id, business_unit_code, risk_score,
                    risk_band, status, skip_reason, verdict, confidence, rationale, suggested_procedure, provider, model,
                    input_tokens, output_tokens, cost, latency_ms, attempts, cached, prompt_hash, language, reviewed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(c.importId(), c.fiscalYear(), c.journalId(), c.businessUnitCode(), c.riskScore(), c.riskBand(),
                    review.status(), review.skipReason(), a == null ? null : a.verdict().jsonName(),
                    a == null ? null : a.confidence(), a == null ? null : a.rationale(),
                    a == null ? null : a.suggestedProcedure(), call == null ? null : call.provider(),
                    call == null ? null : call.model(), call == null ? null : call.inputTokens(),
                    call == null ? null : call.outputTokens(), review.cost(),
                    call == null ? null : call.latencyMillis(), call == null ? 0 : review.cached() ? 0 : call.attempts(),
                    review.cached(), review.promptHash(), review.language(), Timestamp.from(Instant.now()))
            .update();
    }

    /** A reviewed answer to the same prompt hash by one of the given models, from any import. */
    Optional<JournalReview> cached(ReviewCandidate candidate, String promptHash, List<String> models) {
        return duckDb.sql("""
                select verdict, confidence, rationale, suggested_procedure, provider, model, latency_ms, language
                from llm_reviews where prompt_hash = :hash and status = 'reviewed' and model in (:models)
                order by reviewed_at desc limit 1""")
            .param("hash", promptHash).param("models", models)
            .query((rs, row) -> JournalReview.reviewed(candidate,
                    new ReviewAnswer(ReviewVerdict.valueOf(rs.getString("verdict").toUpperCase()),
                            rs.getDouble("confidence"), rs.getString("rationale"), rs.getString("suggested_procedure")),
                    new LlmAnswer(null, rs.getString("provider"), rs.getString("model"), 0, 0, BigDecimal.ZERO, rs.getLong("latency_ms"), 0),
                    true, promptHash, rs.getString("language")))
            .optional();
    }

    /** Counts and totals of one import's reviews, for the step summary. */
    String summary(long importId) {
        return duckDb.sql("""
                select count(*) filter (where status = 'reviewed') as reviewed,
                       count(*) filter (where status = 'reviewed' and cached) as cached,
                       count(*) filter (where status = 'skipped') as skipped,
                       coalesce(sum(input_tokens), 0) + coalesce(sum(output_tokens), 0) as tokens,
                       coalesce(sum(cost), 0) as cost,
                       coalesce(string_agg(distinct skip_reason, ' | '), '') as reasons
                from llm_reviews where import_id = ?""")
            .param(importId)
            .query((rs, row) -> "reviewed " + rs.getLong("reviewed") + " (" + rs.getLong("cached") + " from cache), "
                    + "skipped " + rs.getLong("skipped") + ", tokens " + rs.getLong("tokens") + ", cost "
                    + rs.getBigDecimal("cost").stripTrailingZeros().toPlainString()
                    + (rs.getString("reasons").isEmpty() ? "" : ", skip reasons: " + rs.getString("reasons")))
            .single();
    }

}
