package com.jaia.review;

import java.util.Map;

import com.jaia.pipeline.JobFiles;

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

    ReviewPrompts(JobFiles files, String language) {
        if (!language.equals("ja") && !language.equals("en")) {
            throw new IllegalStateException("jaia.review.language must be ja or en, not '" + language + "'");
        }
        this.language = language;
        this.schema = read(files, "answer-schema.json");
        this.system = read(files, "system." + language + ".txt").replace("{{schema}}", schema.strip());
        this.journal = read(files, "journal." + language + ".txt");
        this.retry = read(files, "retry." + language + ".txt");
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

    private static String read(JobFiles files, String name) {
        return files.read(FOLDER + name);
    }

}
