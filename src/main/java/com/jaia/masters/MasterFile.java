package com.jaia.masters;

import java.nio.file.Path;

/**
 * A master file to load.
 *
 * @param path where it can be read
 * @param name its name as the sender gave it (an upload is stored under another name)
 */
public record MasterFile(Path path, String name) {

    public static MasterFile of(Path path) {
        return new MasterFile(path, path.getFileName().toString());
    }

}
