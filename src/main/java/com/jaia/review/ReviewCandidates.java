package com.jaia.review;

import java.util.List;

import com.jaia.duckdb.SqlScript;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Selects the journals of an import to review: at or above the minimum band, riskiest first, at most the configured
 * number, without those already reviewed for the import.
 */
class ReviewCandidates {

    private static final List<String> BANDS = List.of("minimal", "low", "medium", "high", "critical");

    private final JdbcClient duckDb;

    private final String sql;

    private final int minRank;

    private final int maxJournals;

    ReviewCandidates(JdbcClient duckDb, ReviewSettings settings) {
        this.duckDb = duckDb;
        int band = BANDS.indexOf(settings.minRiskBand());
        if (band < 0) {
            throw new IllegalStateException("jaia.review.min-risk-band must be one of " + BANDS + ", not '"
                    + settings.minRiskBand() + "'");
        }
        this.minRank = band + 1;
        this.maxJournals = settings.maxJournals();
        this.sql = SqlScript.read("db/review/review-candidates.sql");
    }

    List<ReviewCandidate> select(long importId) {
        return duckDb.sql(sql).param("importId", importId).param("minRank", minRank)
            .param("maxJournals", maxJournals)
            .query((rs, row) -> new ReviewCandidate(importId, rs.getInt("fiscal_year"), rs.getString("journal_id"),
                    rs.getString("business_unit_code"), rs.getDouble("risk_score"), rs.getString("risk_band"),
                    rs.getObject("ml_score") == null ? null : rs.getDouble("ml_score")))
            .list();
    }

}
