package com.jaia.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The file an import reads: where its job parameters say, or, when a watched folder has since moved it to
 * {@code failed/DATE/} (possibly renamed NAME-N.EXT), the copy there with the same content.
 */
public final class ImportFile {

    private ImportFile() {
    }

    /** The import's file as it is now; the recorded path when no moved copy is found. */
    public static Path locate(JobParameters parameters) {
        ImportParameters recorded = ImportParameters.from(parameters);
        if (Files.exists(recorded.file())) {
            return recorded.file();
        }
        return movedToFailed(recorded.file(), recorded.sha256()).orElse(recorded.file());
    }

    static Optional<Path> movedToFailed(Path recorded, String sha256) {
        Path failed = recorded.toAbsolutePath().getParent().resolve("failed");
        if (sha256 == null || !Files.isDirectory(failed)) {
            return Optional.empty();
        }
        String name = recorded.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        try (Stream<Path> candidates = Files.walk(failed, 2)) {
            return candidates.filter(Files::isRegularFile)
                .filter(path -> {
                    String candidate = path.getFileName().toString();
                    return candidate.equals(name)
                            || candidate.startsWith(stem + "-") && candidate.endsWith(extension)
                                    && candidate.substring(stem.length() + 1, candidate.length() - extension.length())
                                        .chars().allMatch(Character::isDigit);
                })
                .filter(path -> sha256.equals(sha256(path)))
                .findFirst();
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The SHA-256 of a file's content, read as a stream: the identity of an import. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
