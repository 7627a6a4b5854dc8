package com.jaia.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stable pseudonyms ({@code USER-0001}, {@code VENDOR-0001}) for user ids, user names and vendor names, allocated once
 * and kept in {@code llm_pseudonyms}, so a provider never sees the real values and our store can map them back.
 */
class Pseudonyms {

    enum Kind {
        USER, VENDOR
    }

    private final JdbcClient duckDb;

    private final Map<String, String> known = new ConcurrentHashMap<>();

    Pseudonyms(JdbcClient duckDb) {
        this.duckDb = duckDb;
    }

    /** The pseudonym of a real value, allocated on first use. */
    synchronized String of(Kind kind, String realValue) {
        String key = kind + "\u0000" + realValue;
        String cachedValue = known.get(key);
        if (cachedValue != null) {
            return cachedValue;
        }
        String pseudonym = duckDb.sql("select pseudonym from llm_pseudonyms where kind = ? and real_value = ?")
            .params(kind.name(), realValue).query(String.class).optional().orElseGet(() -> allocate(kind, realValue));
        known.put(key, pseudonym);
        return pseudonym;
    }

    private String allocate(Kind kind, String realValue) {
        long next = duckDb.sql("select count(*) from llm_pseudonyms where kind = ?").param(kind.name())
            .query(Long.class).single() + 1;
        String pseudonym = "%s-%04d".formatted(kind.name(), next);
        duckDb.sql("insert into llm_pseudonyms (kind, real_value, pseudonym, created_at) values (?, ?, ?, ?)")
            .params(kind.name(), realValue, pseudonym, Timestamp.from(Instant.now())).update();
        return pseudonym;
    }

    /**
     * A per-journal replacement table: real value to pseudonym, applied longest first so a name containing an id is
     * replaced whole.
     */
    static final class Masking {

        private final Map<String, String> replacements = new LinkedHashMap<>();

        private final Map<String, String> reverse = new LinkedHashMap<>();

        void add(String realValue, String pseudonym, boolean mapsBack) {
            if (realValue != null && !realValue.isBlank()) {
                replacements.put(realValue.strip(), pseudonym);
                if (mapsBack) {
                    reverse.put(pseudonym, realValue.strip());
                }
            }
        }

        String mask(String text) {
            return replace(text, replacements);
        }

        String unmask(String text) {
            return replace(text, reverse);
        }

        private static String replace(String text, Map<String, String> table) {
            if (text == null) {
                return null;
            }
            String result = text;
            for (Map.Entry<String, String> entry : table.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .toList()) {
                result = result.replace(entry.getKey(), entry.getValue());
            }
            return result;
        }

    }

}
