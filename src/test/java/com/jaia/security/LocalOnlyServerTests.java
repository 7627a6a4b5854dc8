package com.jaia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jaia.ForkedJaia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server through its socket, in its own JVM: with no key it serves this machine only and says so at
 * start-up; a key created with the {@code keys} command while it runs is required from the next request on.
 */
class LocalOnlyServerTests {

    private static final Pattern KEY = Pattern.compile("jaia_[A-Za-z0-9_-]{43}");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesOnlyThisMachineUntilAKeyExistsThenOnlyKeyHolders() throws Exception {
        Path data = dir.resolve("data");
        int port = ForkedJaia.freePort();
        // loopback is made a trusted proxy so that a forwarded address can stand in for a remote client
        Process server = ForkedJaia.start(dir, "server", List.of("--server.port=" + port, "--jaia.data-dir=" + data,
                "--jaia.intake.watch=false", "--jaia.security.trusted-proxies=127.0.0.1/32,::1/128"));
        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> server.isAlive() && get(port, "/health", null, null).statusCode() == 200);
            assertThat(Files.readString(dir.resolve("server.log"))).contains("No API key exists");

            HttpResponse<String> local = get(port, "/api/v1/jobs", null, null);
            assertThat(local.statusCode()).isEqualTo(200);
            assertThat(local.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(local.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(local.headers().firstValue("X-RateLimit-Limit")).isPresent();
            assertThat(local.headers().firstValue("X-Request-ID")).isPresent();
            HttpResponse<String> remote = get(port, "/api/v1/jobs", null, "203.0.113.9");
            assertThat(remote.statusCode()).isEqualTo(403);
            assertThat(remote.body()).contains("/problems/local-only", "keys create");
            assertThat(get(port, "/health", null, "203.0.113.9").statusCode()).isEqualTo(200);

            String created = command("create", "--name=ops", "--role=operator", "--jaia.data-dir=" + data);
            Matcher key = KEY.matcher(created);
            assertThat(key.find()).as(created).isTrue();
            assertThat(command("list", "--jaia.data-dir=" + data)).contains("ops", "operator")
                .doesNotContain(key.group());

            HttpResponse<String> keyless = get(port, "/api/v1/jobs", null, null);
            assertThat(keyless.statusCode()).isEqualTo(401);
            assertThat(keyless.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("application/problem+json"));
            assertThat(get(port, "/api/v1/jobs", key.group(), null).statusCode()).isEqualTo(200);
            assertThat(get(port, "/api/v1/jobs", key.group(), "203.0.113.9").statusCode()).isEqualTo(200);
            assertThat(get(port, "/api/v1/audit", key.group(), null).statusCode()).isEqualTo(403);

            assertThat(command("revoke", "ops", "--jaia.data-dir=" + data)).contains("revoked");
            assertThat(get(port, "/api/v1/jobs", key.group(), null).statusCode()).isEqualTo(401);
        }
        finally {
            ForkedJaia.stop(server);
        }
    }

    private HttpResponse<String> get(int port, String path, String key, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs {@code keys ...} as its own process and returns what it printed; fails unless it exits 0. */
    private String command(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("keys"));
        all.addAll(List.of(args));
        Process keys = ForkedJaia.start(dir, "keys-" + args[0], all);
        assertThat(keys.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(dir.resolve("keys-" + args[0] + ".log"));
        assertThat(keys.exitValue()).as(output).isZero();
        return output;
    }

}
