package com.jaia.status;

import java.util.ArrayList;
import java.util.List;

import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.SqlScript;

import com.jaia.api.Page;
import com.jaia.api.Timestamps;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pages through the rejected rows of one import in DuckDB.
 */
@Component
class RejectedRows {

    private static final String PAGE = SqlScript.read("db/status/rejected-rows.sql");

    private final JdbcClient duckDb;

    RejectedRows(@Qualifier(DuckDb.READERS) JdbcClient duckDb) {
        this.duckDb = duckDb;
    }

    Page<RejectedRow> page(long importId, int page, int size) {
        long[] total = { 0 };
        List<RejectedRow> rows = new ArrayList<>(duckDb.sql(PAGE)
            .param("importId", importId)
            .param("size", size)
            .param("offset", (long) page * size)
            .query((rs, row) -> {
                total[0] = rs.getLong("total");
                return new RejectedRow(rs.getLong("line_number"), rs.getString("journal_id"),
                        rs.getString("column_name"), rs.getString("reason_code"), rs.getString("message"),
                        rs.getString("raw_line"));
            })
            .list());
        return Page.of(rows, page, size, total[0]);
    }

}
