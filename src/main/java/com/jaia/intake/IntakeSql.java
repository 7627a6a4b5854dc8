package com.jaia.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the SQL of this stage from {@code db/intake/*.sql}.
 */
final class IntakeSql {

    private IntakeSql() {
    }

    static String read(String name) {
        try (var in = new ClassPathResource("db/intake/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("missing db/intake/" + name, e);
        }
    }

}
