package com.jaia.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the declarative job files from the configured {@code jobs} directory, falling back to the copy packaged in
 * the jar, so an auditor can change a rule without a rebuild.
 */
final class JobsFiles {

    private final Path jobsDir;

    JobsFiles(Path jobsDir) {
        this.jobsDir = jobsDir;
    }

    /** The text of {@code jobs/<relative>}; the directory's copy wins over the packaged one. */
    String read(String relative) {
        Path file = jobsDir.resolve(relative);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            ClassPathResource packaged = new ClassPathResource("jobs/" + relative);
            if (!packaged.exists()) {
                throw new IllegalStateException("missing job file " + relative + " (neither in " + jobsDir
                        + " nor packaged in the application)");
            }
            try (InputStream in = packaged.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read job file " + relative, e);
        }
    }

    /** Whether {@code jobs/<relative>} exists, in the directory or packaged. */
    boolean exists(String relative) {
        return Files.isRegularFile(jobsDir.resolve(relative)) || new ClassPathResource("jobs/" + relative).exists();
    }

    /** Reads a resource packaged beside this class (engine SQL that is not meant to be edited). */
    static String engineSql(String name) {
        try (InputStream in = new ClassPathResource("com/jaia/rules/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

}
