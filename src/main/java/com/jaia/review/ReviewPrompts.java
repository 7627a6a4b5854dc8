package com.jaia.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * The review's prompt templates and answer schema under {@code journal-import/review/} of the jobs directory (the
 * packaged copy when the directory has none), in the configured language.
 */
final class ReviewPrompts {

    static final String FOLDER = "journal-import/review/";

    private final String system;

    private final String journal;

    private final String retry;

    private final String schema;

    private final String language;

    ReviewPrompts(Path jobsDir, String language) {
        if (!language.equals("ja") && !language.equals("en")) {
            throw new IllegalStateException("jaia.review.language must be ja or en, not '" + language + "'");
        }
        this.language = language;
        this.schema = read(jobsDir, "answer-schema.json");
        this.system = read(jobsDir, "system." + language + ".txt").replace("{{schema}}", schema.strip());
        this.journal = read(jobsDir, "journal." + language + ".txt");
        this.retry = read(jobsDir, "retry." + language + ".txt");
    }

    String language() {
        return language;
    }

    String schema() {
        return schema;
    }

    String system() {
        return system;
    }

    String journal(Map<String, String> values) {
        return fill(journal, values);
    }

    String retry(String error) {
        return fill(retry, Map.of("error", error));
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue() == null ? "-" : value.getValue());
        }
        return text;
    }

    private static String read(Path jobsDir, String name) {
        try {
            Path file = jobsDir.resolve(FOLDER + name);
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
            ClassPathResource packaged = new ClassPathResource("jobs/" + FOLDER + name);
            if (!packaged.exists()) {
                throw new IllegalStateException("review template " + FOLDER + name + " is missing from " + jobsDir
                        + " (jaia.jobs-dir) and from the packaged jobs");
            }
            try (InputStream in = packaged.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read review template " + name, e);
        }
    }

}
