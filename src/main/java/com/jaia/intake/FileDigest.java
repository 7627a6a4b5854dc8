package com.jaia.intake;

import java.nio.file.Path;

import com.jaia.pipeline.ImportFile;

/**
 * The SHA-256 of a file's content, read as a stream: the identity of an import.
 */
public final class FileDigest {

    private FileDigest() {
    }

    public static String sha256(Path file) {
        return ImportFile.sha256(file);
    }

}
