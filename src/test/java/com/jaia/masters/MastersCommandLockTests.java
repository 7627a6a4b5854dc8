package com.jaia.masters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import com.jaia.ForkedJaia;
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
            ForkedJaia.Run run = ForkedJaia.run(dir, dir, "out", "masters", users.toString(), "--jaia.data-dir=" + data);
            String output = run.output();
            assertThat(run.exitCode()).as(output).isEqualTo(3);
            assertThat(output.lines()).as(output).singleElement().asString()
                .contains("held by another process", "running server", "curl -F files=@users.csv",
                        "/api/v1/masters")
                .doesNotContain("at com.", "Exception");
        }
    }

}
