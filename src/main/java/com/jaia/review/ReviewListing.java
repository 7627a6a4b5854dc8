package com.jaia.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jaia.api.Page;
import com.jaia.api.Timestamps;
import com.jaia.problems.InvalidParameter;

/**
 * Lists stored reviews page by page, filtered by fiscal year, business unit, status and verdict.
 */
class ReviewListing {

    static final List<String> STATUSES = List.of(JournalReview.REVIEWED, JournalReview.SKIPPED, JournalReview.DEFERRED);

    static final List<String> VERDICTS = Arrays.stream(ReviewVerdict.values()).map(ReviewVerdict::jsonName).toList();

    private static final String PAGE = ReviewSql.read("reviews-page");

    private static final String COUNT = ReviewSql.read("reviews-count");

    private final JdbcClient duckDb;

    ReviewListing(JdbcClient duckDb) {
        this.duckDb = duckDb;
    }

    /**
     * A page of reviews; status and verdict are matched without regard to case.
     * @throws InvalidParameter naming the parameter and the accepted values when one is not accepted
     */
    Page<StoredReview> page(Integer fiscalYear, String businessUnit, String status, String verdict, int page, int size) {
        String statusValue = accepted("status", status, STATUSES);
        String verdictValue = accepted("verdict", verdict, VERDICTS);
        String unit = businessUnit == null || businessUnit.isBlank() ? null : businessUnit.strip();
        long total = duckDb.sql(COUNT).param("fiscalYear", fiscalYear).param("businessUnit", unit)
            .param("status", statusValue).param("verdict", verdictValue).query(Long.class).single();
        List<StoredReview> items = duckDb.sql(PAGE).param("fiscalYear", fiscalYear).param("businessUnit", unit)
            .param("status", statusValue).param("verdict", verdictValue).param("size", size)
            .param("offset", (long) page * size)
            .query((rs, row) -> new StoredReview(rs.getLong("import_id"), rs.getInt("fiscal_year"),
                    rs.getString("business_unit_code"), rs.getString("journal_id"),
                    (Double) rs.getObject("risk_score"), rs.getString("risk_band"), rs.getString("status"),
                    rs.getString("skip_reason"), rs.getString("verdict"), (Double) rs.getObject("confidence"),
                    rs.getString("rationale"), rs.getString("suggested_procedure"), rs.getString("provider"),
                    rs.getString("model"), rs.getBigDecimal("cost"),
                    Timestamps.of(rs.getTimestamp("reviewed_at"))))
            .list();
        return Page.of(items, page, size, total);
    }

    private static String accepted(String parameter, String value, List<String> accepted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        if (!accepted.contains(normalised)) {
            throw InvalidParameter.notOneOf(parameter, value, accepted);
        }
        return normalised;
    }

}
