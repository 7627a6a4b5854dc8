package com.jaia.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jaia.api.Page;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pages of rule violations matching a filter, most severe first, each with the line's account, users, amount and
 * date, read from the list kept in order by {@link ViolationList}: by page number, or after a cursor (keyset paging).
 */
final class ViolationPage {

    private ViolationPage() {
    }

    /**
     * A rule violation found on a journal line.
     *
     * @param glDetailId the line
     * @param journalId the journal
     * @param fiscalYear the fiscal year
     * @param businessUnitCode the business unit
     * @param ruleId the rule
     * @param category the rule's category
     * @param severity the rule's severity
     * @param score the violation's score
     * @param message the evidence: amounts, limits, dates
     * @param runId the rules run that found it
     * @param glAccountNumber the line's account
     * @param amount the line's amount (unsigned)
     * @param debitCreditIndicator D or C
     * @param effectiveDate the line's effective date
     * @param preparedBy who entered it
     * @param approvedBy who approved it
     */
    record Violation(String glDetailId, String journalId, int fiscalYear, String businessUnitCode, String ruleId,
            String category, String severity, double score, String message, Long runId, String glAccountNumber,
            BigDecimal amount, String debitCreditIndicator, LocalDate effectiveDate, String preparedBy,
            String approvedBy) {
    }

    /** Optional filters; null means any. */
    record Filter(Integer fiscalYear, String ruleId, String category, String severity, String account, String user) {
    }

    /**
     * A page of violations and, when more follow, the cursor that continues after its last item.
     *
     * @param page the page
     * @param next the {@code after} cursor of the next page, null on the last page
     */
    record Slice(Page<Violation> page, String next) {
    }

    /**
     * The page {@code page} of the list, or with a cursor the {@code size} violations after it (the page number is
     * then the page its first item falls on).
     */
    static Slice query(JdbcClient duckDb, ViolationList list, Filter filter, int page, int size, String after) {
        String token = list.current();
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        add(where, params, "fiscal_year = ?", filter.fiscalYear());
        add(where, params, "rule_id = ?", filter.ruleId());
        add(where, params, "category = ?", filter.category());
        add(where, params, "severity = ?", filter.severity());
        add(where, params, "gl_account_number = ?", filter.account());
        if (filter.user() != null) {
            where.append(" AND (prepared_by = ? OR approved_by = ?)");
            params.add(filter.user());
            params.add(filter.user());
        }
        boolean unfiltered = params.isEmpty();
        long total = list.count(token, filter, () -> duckDb.sql("SELECT count(*) FROM violation_list" + where)
            .params(params).query(Long.class).single());
        long first;
        List<Object> pageParams = new ArrayList<>(params);
        String range;
        if (after != null) {
            long afterPos = ViolationCursor.position(after, token);
            first = unfiltered ? afterPos : duckDb.sql("SELECT count(*) FROM violation_list" + where + " AND pos <= ?")
                .params(with(params, afterPos)).query(Long.class).single();
            page = (int) Math.min(Integer.MAX_VALUE, first / size);
            range = " AND pos > ? ORDER BY pos LIMIT ?";
            pageParams.add(afterPos);
            pageParams.add(size);
        }
        else if (unfiltered) {
            // positions are dense from 1, so the page is a range of them (row groups outside it are skipped)
            first = (long) page * size;
            range = " AND pos > ? AND pos <= ? ORDER BY pos";
            pageParams.add(first);
            pageParams.add(first + size);
        }
        else {
            first = (long) page * size;
            range = " ORDER BY pos LIMIT ? OFFSET ?";
            pageParams.add(size);
            pageParams.add(first);
        }
        List<Long> positions = new ArrayList<>();
        List<Violation> items = duckDb.sql("SELECT pos, gl_detail_id, journal_id, fiscal_year, business_unit_code, "
                + "rule_id, category, severity, score, message, run_id, gl_account_number, amount, "
                + "debit_credit_indicator, effective_date, prepared_by, approved_by FROM violation_list" + where + range)
            .params(pageParams).query((rs, n) -> {
                positions.add(rs.getLong("pos"));
                return new Violation(rs.getString("gl_detail_id"),
                    rs.getString("journal_id"), rs.getInt("fiscal_year"), rs.getString("business_unit_code"),
                    rs.getString("rule_id"), rs.getString("category"), rs.getString("severity"),
                    rs.getDouble("score"), rs.getString("message"), (Long) rs.getObject("run_id"),
                    rs.getString("gl_account_number"), rs.getBigDecimal("amount"),
                    rs.getString("debit_credit_indicator"), rs.getObject("effective_date", LocalDate.class),
                    rs.getString("prepared_by"), rs.getString("approved_by"));
            })
            .list();
        String next = !items.isEmpty() && first + items.size() < total
                ? ViolationCursor.after(positions.get(positions.size() - 1), token) : null;
        return new Slice(Page.of(items, page, size, total), next);
    }

    private static List<Object> with(List<Object> params, Object more) {
        List<Object> all = new ArrayList<>(params);
        all.add(more);
        return all;
    }

    private static void add(StringBuilder where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.add(value);
        }
    }

}
