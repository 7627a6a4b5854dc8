package com.jaia.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Blocked addresses: temporary blocks earned by suspicious requests (in memory, they end by themselves) and permanent
 * blocks set by an admin (in SQLite, read once at start-up and kept in memory).
 */
class IpBlocks {

    private static final Logger SECURITY = LoggerFactory.getLogger("jaia.security");

    private final JdbcClient sqlite;

    private final SecuritySettings.Blocks settings;

    private final Clock clock;

    private final Map<String, AtomicInteger> violations = new ConcurrentHashMap<>();

    private final Map<String, IpBlock> temporary = new ConcurrentHashMap<>();

    private final Map<String, IpBlock> permanent = new ConcurrentHashMap<>();

    IpBlocks(DataSource metaStore, SecuritySchema schema, SecuritySettings settings, Clock clock) {
        this.sqlite = JdbcClient.create(metaStore);
        this.settings = settings.blocks();
        this.clock = clock;
        sqlite.sql("SELECT address, reason, blocked_by, created_at FROM ip_blocks")
            .query((row, n) -> new IpBlock(row.getString(1), "permanent", row.getString(2), row.getString(3),
                    row.getString(4), null))
            .list()
            .forEach(block -> permanent.put(block.address(), block));
    }

    boolean blocked(String address) {
        if (permanent.containsKey(address)) {
            return true;
        }
        IpBlock block = temporary.get(address);
        if (block != null && Instant.parse(block.until()).isBefore(clock.instant())) {
            temporary.remove(address, block);
            return false;
        }
        return block != null;
    }

    /** Counts one suspicious request; at the threshold the address is blocked for the configured time. */
    void violation(String address, String reason) {
        int count = violations.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (count >= settings.threshold()) {
            violations.remove(address);
            Instant now = clock.instant();
            temporary.put(address, new IpBlock(address, "temporary", count + " suspicious requests, last: " + reason,
                    "automatic", now.toString(), now.plus(settings.duration()).toString()));
            SECURITY.warn("blocked {} for {} after {} suspicious requests (last: {})", address, settings.duration(),
                    count, reason);
        }
    }

    IpBlock block(String address, String reason, String admin) {
        sqlite.sql("INSERT INTO ip_blocks (address, reason, blocked_by) VALUES (?, ?, ?) ON CONFLICT (address) "
                + "DO UPDATE SET reason = excluded.reason, blocked_by = excluded.blocked_by")
            .params(address, reason, admin).update();
        IpBlock block = sqlite.sql("SELECT address, reason, blocked_by, created_at FROM ip_blocks WHERE address = ?")
            .param(address)
            .query((row, n) -> new IpBlock(row.getString(1), "permanent", row.getString(2), row.getString(3),
                    row.getString(4), null))
            .single();
        permanent.put(address, block);
        SECURITY.warn("{} blocked {} permanently: {}", admin, address, reason);
        return block;
    }

    /** Lifts every block of the address and forgets its violations; returns false when it was not blocked. */
    boolean unblock(String address, String admin) {
        boolean removed = sqlite.sql("DELETE FROM ip_blocks WHERE address = ?").param(address).update() > 0;
        removed |= permanent.remove(address) != null;
        removed |= temporary.remove(address) != null;
        violations.remove(address);
        if (removed) {
            SECURITY.info("{} unblocked {}", admin, address);
        }
        return removed;
    }

    List<IpBlock> list() {
        List<IpBlock> all = new ArrayList<>(permanent.values());
        temporary.keySet().stream().filter(this::blocked).map(temporary::get).filter(b -> b != null).forEach(all::add);
        all.sort(Comparator.comparing(IpBlock::address));
        return all;
    }

}
