package com.jaia.masters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * The masters' SQL files under {@code db/masters/}.
 */
final class MastersSql {

    private MastersSql() {
    }

    static String read(String name) {
        try {
            return new ClassPathResource("db/masters/" + name + ".sql").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
