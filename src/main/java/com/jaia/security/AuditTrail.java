package com.jaia.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.jaia.api.Page;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail: every record goes to the append-only {@code audit_log} table and to the {@code jaia.audit} log.
 */
class AuditTrail {

    private static final Logger AUDIT = LoggerFactory.getLogger("jaia.audit");

    private final JdbcClient sqlite;

    private final String pageSql;

    private final String countSql;

    AuditTrail(DataSource metaStore, SecuritySchema schema) {
        this.sqlite = JdbcClient.create(metaStore);
        this.pageSql = sql("audit-page.sql");
        this.countSql = sql("audit-count.sql");
    }

    void record(String actor, Role role, String clientIp, String requestId, String action, String target,
            int outcome) {
        String at = timestamp(Instant.now());
        String roleLabel = role == null ? null : role.label();
        AUDIT.info("actor={} role={} ip={} requestId={} action=\"{}\" target=\"{}\" outcome={}", actor, roleLabel,
                clientIp, requestId, action, target, outcome);
        sqlite.sql("INSERT INTO audit_log (at, actor, role, client_ip, request_id, action, target, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .params(at, actor, roleLabel, clientIp, requestId, action, target, outcome)
            .update();
    }

    /** One page of records, newest first; null filters match everything. */
    Page<AuditRecord> page(String since, String actor, String action, int page, int size) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("since", since);
        filters.put("actor", actor);
        filters.put("action", action);
        long total = sqlite.sql(countSql).params(filters).query(Long.class).single();
        filters.put("size", size);
        filters.put("offset", (long) page * size);
        List<AuditRecord> items = sqlite.sql(pageSql).params(filters)
            .query((row, n) -> new AuditRecord(row.getLong("id"), row.getString("at"), row.getString("actor"),
                    row.getString("role"), row.getString("client_ip"), row.getString("request_id"),
                    row.getString("action"), row.getString("target"), row.getInt("outcome")))
            .list();
        return Page.of(items, page, size, total);
    }

    /** UTC with milliseconds, always the same width, so that text order is time order. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC).format(instant);
    }

    private static String sql(String name) {
        try (var in = new ClassPathResource("db/security/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read db/security/" + name, e);
        }
    }

}
