package com.jaia.masters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code masters} started while another process (the server) holds the DuckDB file says so in one line and names the
 * API to use instead.
 */
class MastersCommandLockTests {

    @TempDir
    Path dir;

    @Test
    void mastersSaysInOneLineThatTheServerHoldsTheStoreAndHowToUseTheApi() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path users = Files.writeString(dir.resolve("users.csv"), "user_id,user_name\nU1,A\n");
        try (Connection holder = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("jaia.duckdb"))) {
            holder.createStatement().execute("CREATE TABLE held (x INTEGER)");
            Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), "com.jaia.JaiaApplication",
                    "masters", users.toString(), "--jaia.data-dir=" + data)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String output = Files.readString(dir.resolve("out.log"));
            assertThat(process.exitValue()).as(output).isEqualTo(3);
            assertThat(output.lines()).as(output).singleElement().asString()
                .contains("held by another process", "running server", "curl -F files=@users.csv",
                        "/api/v1/masters")
                .doesNotContain("at com.", "Exception");
        }
    }

}
