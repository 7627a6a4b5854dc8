package com.jaia.masters;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of loading one master file.
 *
 * @param file the file
 * @param table the table it replaced ({@code accounts}, {@code users}, {@code departments}, {@code vendors}), or null
 *        when the file could not be loaded at all
 * @param rowsLoaded rows now in the table
 * @param rejected rows left out, with line and reason
 * @param ignoredColumns headers that matched no column
 * @param problem why the file could not be loaded at all, or null
 */
public record MasterLoadResult(Path file, String table, long rowsLoaded, List<RejectedRow> rejected,
        List<String> ignoredColumns, String problem) {

    /**
     * A row of a master file that was not loaded.
     *
     * @param lineNumber the physical line where the row starts (the header is line 1)
     * @param reason what is wrong, quoting the value
     */
    public record RejectedRow(long lineNumber, String reason) {
    }

    static MasterLoadResult failed(Path file, String problem) {
        return new MasterLoadResult(file, null, 0, List.of(), List.of(), problem);
    }

    public boolean loaded() {
        return problem == null;
    }

}
