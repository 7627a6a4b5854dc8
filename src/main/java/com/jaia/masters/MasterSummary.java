package com.jaia.masters;

import java.time.OffsetDateTime;

/**
 * One master table: how many rows it holds and its last load.
 *
 * @param master the table ({@code accounts}, {@code users}, {@code departments}, {@code vendors})
 * @param rows rows it holds now
 * @param lastLoad its last successful load, or null when it was never loaded from a file
 */
public record MasterSummary(String master, long rows, LastLoad lastLoad) {

    /**
     * A load of a master file.
     *
     * @param fileName the file's name
     * @param sha256 the file's SHA-256
     * @param rowsBefore rows the table held before
     * @param rowsAfter rows it held after
     * @param loadedBy who loaded it ({@code cli}, {@code api}, ...)
     * @param loadedAt when (UTC)
     */
    public record LastLoad(String fileName, String sha256, long rowsBefore, long rowsAfter, String loadedBy,
            OffsetDateTime loadedAt) {
    }

}
