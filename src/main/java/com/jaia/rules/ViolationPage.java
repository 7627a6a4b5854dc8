package com.jaia.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jaia.api.Page;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pages of rule violations matching a filter, most severe first, each with the line's account, users, amount and
 * date.
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

    static Page<Violation> query(JdbcClient duckDb, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        add(where, params, "v.fiscal_year = ?", filter.fiscalYear());
        add(where, params, "v.rule_id = ?", filter.ruleId());
        add(where, params, "v.category = ?", filter.category());
        add(where, params, "v.severity = ?", filter.severity());
        add(where, params, "je.gl_account_number = ?", filter.account());
        if (filter.user() != null) {
            where.append(" AND (je.prepared_by = ? OR je.approved_by = ?)");
            params.add(filter.user());
            params.add(filter.user());
        }
        String from = " FROM rule_violations v LEFT JOIN journal_entries je ON je.gl_detail_id = v.gl_detail_id";
        long total = duckDb.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Violation> items = duckDb.sql("SELECT v.gl_detail_id, v.journal_id, v.fiscal_year, "
                + "v.business_unit_code, v.rule_id, v.category, v.severity, v.score, v.message, v.run_id, "
                + "je.gl_account_number, je.amount, je.debit_credit_indicator, je.effective_date, je.prepared_by, "
                + "je.approved_by" + from + where
                + " ORDER BY v.score DESC, v.journal_id, v.gl_detail_id, v.rule_id LIMIT ? OFFSET ?")
            .params(pageParams).query((rs, n) -> new Violation(rs.getString("gl_detail_id"),
                    rs.getString("journal_id"), rs.getInt("fiscal_year"), rs.getString("business_unit_code"),
                    rs.getString("rule_id"), rs.getString("category"), rs.getString("severity"),
                    rs.getDouble("score"), rs.getString("message"), (Long) rs.getObject("run_id"),
                    rs.getString("gl_account_number"), rs.getBigDecimal("amount"),
                    rs.getString("debit_credit_indicator"), rs.getObject("effective_date", LocalDate.class),
                    rs.getString("prepared_by"), rs.getString("approved_by")))
            .list();
        return Page.of(items, page, size, total);
    }

    private static void add(StringBuilder where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.add(value);
        }
    }

}
