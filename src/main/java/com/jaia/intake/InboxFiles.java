package com.jaia.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Where a picked-up file goes once its import has ended, so that its outcome is visible on disk:
 * {@code processed/DATE/}, {@code failed/DATE/} with a {@code NAME.error.txt} that says why, or
 * {@code duplicates/DATE/} with a {@code NAME.duplicate.txt} naming the import that already holds the content.
 */
class InboxFiles {

    private final Clock clock;

    InboxFiles(Clock clock) {
        this.clock = clock;
    }

    Path processed(Path inbox, Path file) {
        return move(inbox, file, "processed");
    }

    Path failed(Path inbox, Path file, String why) {
        Path moved = move(inbox, file, "failed");
        note(moved, ".error.txt", why);
        return moved;
    }

    Path duplicate(Path inbox, Path file, String why) {
        Path moved = move(inbox, file, "duplicates");
        note(moved, ".duplicate.txt", why);
        return moved;
    }

    private Path move(Path inbox, Path file, String outcome) {
        try {
            Path folder = inbox.resolve(outcome).resolve(LocalDate.now(clock).toString());
            Files.createDirectories(folder);
            Path target = free(folder, file.getFileName().toString());
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + outcome, e);
        }
    }

    /** The name itself, or NAME-1.EXT, NAME-2.EXT ... when a file of that name is already there. */
    private static Path free(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int i = 1; Files.exists(target); i++) {
            target = folder.resolve(stem + "-" + i + extension);
        }
        return target;
    }

    private static void note(Path file, String suffix, String text) {
        try {
            Files.writeString(file.resolveSibling(file.getFileName() + suffix), text + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the note beside " + file, e);
        }
    }

}
