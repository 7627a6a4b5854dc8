package com.jaia.intake;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.springframework.integration.file.filters.AbstractFileListFilter;

/**
 * Accepts only regular files whose names say they are complete: no hidden files, no {@code *.part} and other
 * temporary names, none of the notes this stage writes.
 */
class CompleteFiles extends AbstractFileListFilter<File> {

    private static final Set<String> TEMPORARY_SUFFIXES = Set.of(".part", ".partial", ".tmp", ".temp", ".crdownload",
            ".download", ".filepart", ".swp", "~", ".error.txt", ".duplicate.txt");

    @Override
    public boolean accept(File file) {
        return file.isFile() && isCompleteName(file.toPath());
    }

    static boolean isCompleteName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("~$") || name.isBlank()) {
            return false;
        }
        return TEMPORARY_SUFFIXES.stream().noneMatch(name::endsWith);
    }

}
