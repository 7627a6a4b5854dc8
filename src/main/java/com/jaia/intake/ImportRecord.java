package com.jaia.intake;

import java.time.OffsetDateTime;

/**
 * One row of the imports ledger.
 *
 * @param importId the import id (the job instance id)
 * @param jobExecutionId the execution that loaded it
 * @param fileName the file name the user gave
 * @param fileSha256 the SHA-256 of the content
 * @param fileSize the size in bytes
 * @param fileFormat csv, tsv or xlsx
 * @param businessUnitCode the business unit given with the import, when one was
 * @param status LOADED, replaced, partly replaced, rolled back
 * @param rowsRead records read
 * @param rowsLoaded lines loaded
 * @param rowsRejected rows rejected
 * @param journalsLoaded journals loaded
 * @param journalsRejected journals rejected
 * @param fiscalYears the fiscal years it touched, comma-separated
 * @param startedAt when the import started
 * @param loadedAt when its lines were committed
 */
record ImportRecord(long importId, Long jobExecutionId, String fileName, String fileSha256, Long fileSize,
        String fileFormat, String businessUnitCode, String status, Long rowsRead, Long rowsLoaded, Long rowsRejected,
        Long journalsLoaded, Long journalsRejected, String fiscalYears, OffsetDateTime startedAt,
        OffsetDateTime loadedAt) {
}
