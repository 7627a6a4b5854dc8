package com.jaia.masters;

import java.util.List;

/**
 * What the API answers for one uploaded master file.
 *
 * @param fileName the file's name as sent
 * @param master the table it fills, or null when its kind could not be told
 * @param loaded whether it was loaded
 * @param rowsBefore rows the master held before
 * @param rowsAfter rows it holds now
 * @param rejectedRows rows of the file left out
 * @param rejected the first rejected rows with line and reason
 * @param ignoredColumns headers that matched no column
 * @param problem why it was not loaded, or null
 */
record MasterOutcome(String fileName, String master, boolean loaded, long rowsBefore, long rowsAfter,
        int rejectedRows, List<MasterLoadResult.RejectedRow> rejected, List<String> ignoredColumns, String problem) {

    static MasterOutcome of(MasterLoadResult result) {
        return new MasterOutcome(result.fileName(), result.table(), result.loaded(), result.rowsBefore(),
                result.rowsAfter(), result.rejected().size(), result.rejected().stream().limit(100).toList(),
                result.ignoredColumns(), result.problem());
    }

}
