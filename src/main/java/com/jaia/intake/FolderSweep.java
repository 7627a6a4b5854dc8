package com.jaia.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Imports every complete file lying directly in a folder that has not changed for the settle time; the files are
 * moved to the folder's processed, failed or duplicates sub-folder as in the inbox.
 */
record FolderSweep(FolderImports imports, Duration settleTime) {

    List<CompletableFuture<?>> sweep(Path folder) {
        Instant settledBefore = Instant.now().minus(settleTime);
        try {
            Files.createDirectories(folder);
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.filter(Files::isRegularFile)
                    .filter(CompleteFiles::isCompleteName)
                    .filter(file -> lastModified(file).isBefore(settledBefore))
                    .sorted()
                    .toList()
                    .stream()
                    .<CompletableFuture<?>>map(file -> imports.importFile(folder, file, "schedule"))
                    .toList();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot sweep " + folder, e);
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        }
        catch (IOException e) {
            return Instant.MAX;
        }
    }

}
