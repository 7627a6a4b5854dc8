package com.jaia.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * The review's SQL files under {@code db/review/}.
 */
final class ReviewSql {

    private ReviewSql() {
    }

    static String read(String name) {
        try {
            return new ClassPathResource("db/review/" + name + ".sql").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
