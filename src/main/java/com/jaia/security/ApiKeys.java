package com.jaia.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jaia.pipeline.Sha256;

/**
 * The API keys in the SQLite metadata store. A key is {@code jaia_} and 43 URL-safe base64 characters (32 random
 * bytes); only its SHA-256 is stored, so a copied database yields no usable key.
 */
class ApiKeys {

    static final String PREFIX = "jaia_";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient sqlite;

    private final SecureRandom random = new SecureRandom();

    private final Map<String, Instant> lastUsedWritten = new ConcurrentHashMap<>();

    ApiKeys(DataSource metaStore, SecuritySchema schema) {
        this.sqlite = JdbcClient.create(metaStore);
    }

    /** Creates a key and returns it: the only time the key itself is available. */
    String create(String name, Role role) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a key name is 1 to 64 letters, digits, '.', '_', '@' or '-', "
                    + "starting with a letter or digit");
        }
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("a key named '" + name + "' already exists; revoke it first or "
                    + "choose another name");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sqlite.sql("INSERT INTO api_keys (name, role, key_hash) VALUES (?, ?, ?)").params(name, role.label(), hash(key))
            .update();
        return key;
    }

    List<ApiKey> list() {
        return sqlite.sql("SELECT name, role, created_at, last_used_at FROM api_keys ORDER BY name")
            .query((row, n) -> new ApiKey(row.getString(1), Role.parse(row.getString(2)).orElse(Role.VIEWER),
                    row.getString(3), row.getString(4)))
            .list();
    }

    Optional<ApiKey> find(String name) {
        return list().stream().filter(key -> key.name().equals(name)).findFirst();
    }

    /** Removes a key; returns false when there was none of that name. */
    boolean revoke(String name) {
        lastUsedWritten.remove(name);
        return sqlite.sql("DELETE FROM api_keys WHERE name = ?").param(name).update() > 0;
    }

    /** True once any key exists: from then on every protected endpoint needs one. */
    boolean any() {
        return sqlite.sql("SELECT EXISTS (SELECT 1 FROM api_keys)").query(Integer.class).single() == 1;
    }

    /** The key's name and role when the presented value is a known key. */
    Optional<ApiKey> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiKey> key = sqlite.sql("SELECT name, role, created_at, last_used_at FROM api_keys WHERE key_hash = ?")
            .param(hash(presented))
            .query((row, n) -> new ApiKey(row.getString(1), Role.parse(row.getString(2)).orElse(Role.VIEWER),
                    row.getString(3), row.getString(4)))
            .optional();
        key.ifPresent(this::touch);
        return key;
    }

    /** Records the use at most once a minute per key, so reads do not turn into a write each. */
    private void touch(ApiKey key) {
        Instant now = Instant.now();
        Instant last = lastUsedWritten.get(key.name());
        if (last == null || last.plus(LAST_USED_RESOLUTION).isBefore(now)) {
            lastUsedWritten.put(key.name(), now);
            sqlite.sql("UPDATE api_keys SET last_used_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE name = ?")
                .param(key.name()).update();
        }
    }

    /** A key as logs may show it: the prefix and the first four characters. */
    static String mask(String key) {
        return key == null || key.length() < PREFIX.length() + 4 ? "***"
                : key.substring(0, PREFIX.length() + 4) + "…";
    }

    static String hash(String key) {
        return Sha256.hex(key);
    }

}
