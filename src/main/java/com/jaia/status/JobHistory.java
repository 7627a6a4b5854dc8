package com.jaia.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.jaia.api.Page;
import com.jaia.api.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists job executions straight from the job repository's tables, so that filters and paging run in SQLite.
 */
@Component
class JobHistory {

    private static final String PAGE = SqlFile.read("job-executions.sql");

    private final JdbcClient metaStore;

    JobHistory(DataSource metaStore) {
        this.metaStore = JdbcClient.create(metaStore);
    }

    Page<JobSummary> page(String jobName, String status, OffsetDateTime since, OffsetDateTime until, int page,
            int size) {
        long[] total = { 0 };
        List<JobSummary> items = new ArrayList<>(metaStore.sql(PAGE)
            .param("jobName", blankToNull(jobName))
            .param("status", status == null || status.isBlank() ? null : status.trim().toUpperCase())
            .param("since", since == null ? null : Timestamp.valueOf(Timestamps.local(since)))
            .param("until", until == null ? null : Timestamp.valueOf(Timestamps.local(until)))
            .param("size", size)
            .param("offset", (long) page * size)
            .query((rs, row) -> {
                total[0] = rs.getLong("total");
                return summary(rs);
            })
            .list());
        return Page.of(items, page, size, total[0]);
    }

    private static JobSummary summary(ResultSet rs) throws SQLException {
        return new JobSummary(rs.getLong("id"), rs.getLong("instance_id"), rs.getString("job_name"),
                rs.getString("status"), rs.getString("exit_code"), time(rs, "created"), time(rs, "started"),
                time(rs, "ended"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return Timestamps.of(rs.getTimestamp(column));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
