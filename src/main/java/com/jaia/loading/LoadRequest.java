package com.jaia.loading;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Everything the load of one import needs to know, gathered by the load step from the job.
 *
 * @param importId the import id (the job instance id)
 * @param jobExecutionId the execution doing the load
 * @param workDir where the staged files are
 * @param source the file whose byte offsets the staged lines refer to (for the original text of rejected lines)
 * @param charset its encoding
 * @param delimiter its delimiter
 * @param fileName the imported file's name
 * @param sha256 its content hash
 * @param fileSize its size in bytes
 * @param format csv, tsv or xlsx
 * @param encoding as detected
 * @param businessUnit the business unit given with the import, or null
 * @param ignoredColumns the file's columns that were not mapped
 * @param rowsRead records read by the validation step, which the load must account for exactly
 * @param tolerance how far debits and credits of a journal may differ
 * @param rawLineMaxLength how much of an original line to keep
 * @param startedAt when the import started
 * @param replace whether the import replaces the journals earlier imports hold in its scope
 * @param amountsNormalised valid lines whose amount validation normalised from floating-point noise
 */
record LoadRequest(long importId, long jobExecutionId, Path workDir, Path source, Charset charset, char delimiter,
        String fileName, String sha256, long fileSize, String format, String encoding, String businessUnit,
        String ignoredColumns, long rowsRead, BigDecimal tolerance, int rawLineMaxLength, LocalDateTime startedAt,
        boolean replace, long amountsNormalised) {
}
