package com.jaia.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the SQL of this stage from {@code db/status/*.sql}.
 */
final class SqlFile {

    private SqlFile() {
    }

    static String read(String name) {
        try (var in = new ClassPathResource("db/status/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("missing db/status/" + name, e);
        }
    }

}
