package com.jaia.masters;

import java.nio.file.Path;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The outcome of loading one master file.
 *
 * @param file where the file was read
 * @param fileName the file's name as its sender gave it
 * @param table the table it fills ({@code accounts}, {@code users}, {@code departments}, {@code vendors}), or null
 *        when its kind could not be told
 * @param rowsBefore rows the table held before
 * @param rowsAfter rows the table holds now (the same as before when the file was refused)
 * @param fileRows valid rows in the file
 * @param rejected rows left out, with line and reason
 * @param ignoredColumns headers that matched no column
 * @param problem why the file was not loaded, or null when it was
 */
public record MasterLoadResult(Path file, String fileName, String table, long rowsBefore, long rowsAfter,
        long fileRows, List<RejectedRow> rejected, List<String> ignoredColumns, String problem) {

    /**
     * A row of a master file that was not loaded.
     *
     * @param lineNumber the physical line where the row starts (the header is line 1)
     * @param reason what is wrong, quoting the value
     */
    @Schema(name = "MasterRejectedRow")
    public record RejectedRow(long lineNumber, String reason) {
    }

    static MasterLoadResult failed(MasterFile file, String problem) {
        return new MasterLoadResult(file.path(), file.name(), null, 0, 0, 0, List.of(), List.of(), problem);
    }

    public boolean loaded() {
        return problem == null;
    }

    /** Rows the load put into the table (0 when refused). */
    public long rowsLoaded() {
        return loaded() ? rowsAfter : 0;
    }

}
