package com.jaia.review;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.jaia.duckdb.SqlScript;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code llm_reviews} table: an idempotent upsert per journal of an import, earlier answers reused for an
 * unchanged prompt and model, the totals of an import and the reviews an outage deferred.
 */
class LlmReviewStore {

    private static final String TOTALS = SqlScript.read("db/review/review-totals.sql");

    private static final String DEFERRED = SqlScript.read("db/review/deferred-reviews.sql");

    private static final String STATUS = SqlScript.read("db/review/review-status.sql");

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
    ReviewTotals totals(long importId) {
        return duckDb.sql(TOTALS).param("importId", importId)
            .query((rs, row) -> new ReviewTotals(rs.getLong("reviewed"), rs.getLong("cached"), rs.getLong("skipped"),
                    rs.getLong("deferred"), rs.getLong("tokens"), rs.getBigDecimal("cost"),
                    rs.getString("skip_reasons"), rs.getString("defer_reasons")))
            .single();
    }

    /** The journals whose review is deferred, within the scope, riskiest first. */
    List<ReviewCandidate> deferred(ReviewScope scope) {
        return duckDb.sql(DEFERRED).param("fiscalYear", scope.fiscalYear()).param("businessUnit", scope.businessUnit())
            .query((rs, row) -> new ReviewCandidate(rs.getLong("import_id"), rs.getInt("fiscal_year"),
                    rs.getString("journal_id"), rs.getString("business_unit_code"), rs.getDouble("risk_score"),
                    rs.getString("risk_band"), rs.getObject("ml_score") == null ? null : rs.getDouble("ml_score")))
            .list();
    }

    /** Whether the journal's review is still deferred (a retry re-checks before it calls a provider). */
    boolean isDeferred(ReviewCandidate c) {
        return duckDb.sql(STATUS).param("importId", c.importId()).param("fiscalYear", c.fiscalYear())
            .param("journalId", c.journalId()).param("businessUnit", c.businessUnitCode()).query(String.class)
            .optional().filter(JournalReview.DEFERRED::equals).isPresent();
    }

}
