package com.jaia.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;

/**
 * The declarative parts of the jobs (rules, their catalogue, aggregates, review prompts): read from the jobs
 * directory, else from the copy packaged in the application, so an auditor can change them without a rebuild. The
 * one place that choice is made.
 *
 * @param jobsDir the jobs directory ({@code JOBS_DIR}, default {@code jobs})
 */
@ConfigurationProperties("jaia")
public record JobFiles(Path jobsDir) {

    public JobFiles {
        jobsDir = jobsDir == null ? Path.of("jobs") : jobsDir;
    }

    /** The text of {@code jobs/<relative>}; the directory's copy wins over the packaged one. */
    public String read(String relative) {
        Path file = jobsDir.resolve(relative);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            ClassPathResource packaged = new ClassPathResource("jobs/" + relative);
            if (!packaged.exists()) {
                throw new IllegalStateException("missing job file " + relative + " (neither in " + jobsDir
                        + " (jaia.jobs-dir) nor packaged in the application)");
            }
            try (InputStream in = packaged.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read job file " + relative + " (" + file + " or classpath:jobs/"
                    + relative + ")", e);
        }
    }

    /** Whether {@code jobs/<relative>} exists, in the directory or packaged. */
    public boolean exists(String relative) {
        return Files.isRegularFile(jobsDir.resolve(relative)) || new ClassPathResource("jobs/" + relative).exists();
    }

}
