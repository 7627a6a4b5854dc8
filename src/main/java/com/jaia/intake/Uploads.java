package com.jaia.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Lands uploaded and downloaded files in the upload folder: each in its own sub-folder (so the file keeps the
 * user's name, which the imports ledger shows), streamed to a {@code .part} file in small buffers, cut off past the
 * size limit, renamed when complete, under a sanitised name that cannot leave its folder.
 */
class Uploads {

    private static final Log log = LogFactory.getLog(Uploads.class);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;

    private final long maxBytes;

    Uploads(Path folder, long maxBytes) {
        this.folder = folder.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Writes the stream to a new file named after {@code originalName} and returns it. */
    Path receive(InputStream in, String originalName) throws IOException {
        Path own = folder.resolve(LocalDateTime.now().format(STAMP) + "-" + UUID.randomUUID().toString().substring(0, 8));
        String name = sanitise(originalName);
        Path target = own.resolve(name).normalize();
        if (!target.getParent().equals(own)) {
            throw new IllegalArgumentException("unsafe file name " + originalName);
        }
        Files.createDirectories(own);
        Path part = target.resolveSibling(name + ".part");
        try (in; OutputStream out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new UploadTooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
        catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            Files.deleteIfExists(own);
            throw e;
        }
        return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes an upload and its own folder. */
    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
            Path own = file.toAbsolutePath().normalize().getParent();
            if (own != null && folder.equals(own.getParent())) {
                try (var left = Files.list(own)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(own);
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes what failed or interrupted imports left in the upload folder once it is older than {@code retention}
     * (a completed import's upload is removed when it completes); returns how many uploads were removed.
     */
    int removeExpired(Duration retention) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(retention));
        int removed = 0;
        try (Stream<Path> uploads = Files.list(folder)) {
            for (Path upload : uploads.toList()) {
                if (Files.getLastModifiedTime(upload).compareTo(cutoff) < 0) {
                    try (Stream<Path> files = Files.walk(upload)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                    removed++;
                }
            }
        }
        catch (IOException e) {
            log.warn("could not remove expired uploads from " + folder, e);
        }
        if (removed > 0) {
            log.info("removed " + removed + " uploads older than " + retention + " from " + folder);
        }
        return removed;
    }

    /**
     * The last path segment of a client-supplied name, without control characters, characters that file systems
     * forbid, or leading dots; at most 100 characters; {@code upload} when nothing is left.
     */
    static String sanitise(String originalName) {
        String name = originalName == null ? "" : Normalizer.normalize(originalName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
            .replaceAll("[<>:\"|?*]", "_")
            .replaceAll("\\s+", " ")
            .strip()
            .replaceFirst("^[.\\s]+", "");
        if (name.length() > 100) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 100 - extension.length()) + extension;
        }
        return name.isEmpty() ? "upload" : name;
    }

}
