package com.jaia.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jaia.duckdb.CamelCase;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of rule violations matching a filter, most severe first.
 *
 * @param page the page number, from 0
 * @param size the page size
 * @param total violations matching the filter
 * @param items the violations on this page, with the line's account, users, amount and date
 */
record ViolationPage(int page, int size, long total, List<Map<String, Object>> items) {

    /** Optional filters; null means any. */
    record Filter(Integer fiscalYear, String ruleId, String category, String severity, String account, String user) {
    }

    static ViolationPage query(JdbcClient duckDb, Filter filter, int page, int size) {
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
        List<Map<String, Object>> items = duckDb.sql("SELECT v.gl_detail_id, v.journal_id, v.fiscal_year, "
                + "v.business_unit_code, v.rule_id, v.category, v.severity, v.score, v.message, v.run_id, "
                + "je.gl_account_number, je.amount, je.debit_credit_indicator, je.effective_date, je.prepared_by, "
                + "je.approved_by" + from + where
                + " ORDER BY v.score DESC, v.journal_id, v.gl_detail_id, v.rule_id LIMIT ? OFFSET ?")
            .params(pageParams).query(CamelCase.ROWS).list();
        return new ViolationPage(page, size, total, items);
    }

    private static void add(StringBuilder where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.add(value);
        }
    }

}
