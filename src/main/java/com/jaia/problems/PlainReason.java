package com.jaia.problems;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

/**
 * The sentence a person reads about a failure: the most specific message in its cause chain, without exception
 * class names or stack frames (those go to the log).
 */
public final class PlainReason {

    private static final Pattern CLASS_NAME = Pattern
        .compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error|Failure)\\b:?\\s*");

    private static final Pattern BARE_CLASS_NAME = Pattern.compile("\\b[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");

    private PlainReason() {
    }

    /**
     * The first line of the message that says most: a message written for people (an exception of this application)
     * wins over the technical messages around or under it.
     */
    public static String of(Throwable failure) {
        String own = null;
        String deepest = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause instanceof FileSystemException file ? fileSystem(file) : cause.getMessage();
            if (message == null || message.isBlank()) {
                continue;
            }
            if (own == null && cause.getClass().getName().startsWith("com.jaia.")) {
                own = message;
            }
            deepest = message;
        }
        return clean(own != null ? own : deepest);
    }

    /** A file-system failure in words: its message alone is often just the path. */
    static String fileSystem(FileSystemException failure) {
        String file = failure.getFile();
        if (failure instanceof NoSuchFileException) {
            return "there is no file or folder " + file;
        }
        if (failure instanceof AccessDeniedException) {
            return "permission to use " + file + " was denied";
        }
        if (failure instanceof NotDirectoryException) {
            return file + " is not a folder";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return file + " already exists";
        }
        String reason = failure.getReason();
        return "cannot use " + file + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }

    /** The text without class names and without stack frames, on one line; a fallback when nothing is left. */
    public static String clean(String message) {
        if (message == null) {
            return "an unexpected error";
        }
        String plain = message.lines()
            .filter(line -> !line.strip().startsWith("at ") && !line.strip().startsWith("..."))
            .map(line -> BARE_CLASS_NAME.matcher(CLASS_NAME.matcher(line).replaceAll("")).replaceAll(""))
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("Caused by"))
            .findFirst()
            .orElse("");
        return plain.isEmpty() ? "an unexpected error" : plain;
    }

}
