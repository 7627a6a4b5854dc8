package com.jaia.validation;

/**
 * Keys of what the validation step learns about the file, kept in the job execution context; read through
 * {@link ValidatedFile}.
 */
final class ImportFacts {

    /** csv, tsv or xlsx. */
    static final String FORMAT = "jaia.file.format";

    /** The detected or configured encoding. */
    static final String ENCODING = "jaia.file.encoding";

    /** Columns of the file that no journal field maps to, comma-separated as written. */
    static final String IGNORED_COLUMNS = "jaia.file.ignoredColumns";

    /** The delimited file the rows were read from: the imported file, or the CSV an XLSX workbook became. */
    static final String SOURCE_PATH = "jaia.file.source";

    /** The encoding of {@link #SOURCE_PATH}. */
    static final String SOURCE_CHARSET = "jaia.file.sourceCharset";

    /** The delimiter of {@link #SOURCE_PATH}. */
    static final String SOURCE_DELIMITER = "jaia.file.sourceDelimiter";

    /** Whether {@link #SOURCE_PATH} is a conversion kept in the work directory (else it is the imported file). */
    static final String SOURCE_CONVERTED = "jaia.file.sourceConverted";

    /** How many partitions the file was cut into, numbered from 0. */
    static final String PARTITIONS = "jaia.file.partitions";

    /** The records every partition read, summed once they have all run. */
    static final String RECORDS_TOTAL = "jaia.file.recordsRead";

    /** The valid lines whose amount was normalised, summed once every partition has run. */
    static final String NORMALISED_TOTAL = "jaia.file.amountsNormalised";

    /** The staging files of valid lines, one path a line, in partition order. */
    static final String STAGED_LINES = "jaia.file.stagedLines";

    /** The staging files of rejected rows, one path a line, in partition order. */
    static final String STAGED_REJECTS = "jaia.file.stagedRejects";

    /** Keys of a partition worker's execution context holding how many records it read and staged. */
    static final String RECORDS_READ = "reader.count";

    static final String LINES_STAGED = "writer.lines.count";

    static final String REJECTS_STAGED = "writer.rejects.count";

    /** Key of a partition worker's count of staged lines whose amount was normalised from floating-point noise. */
    static final String AMOUNTS_NORMALISED = "writer.normalised.count";

    /** The counts each partition keeps in its own context, published in the job's once it completes. */
    static final java.util.List<String> PARTITION_COUNTS = java.util.List.of(RECORDS_READ, LINES_STAGED, REJECTS_STAGED,
            AMOUNTS_NORMALISED);

    /** Key of partition {@code i}'s count {@code count} (one of {@link #PARTITION_COUNTS}) in the job context. */
    static String partitionCount(int i, String count) {
        return "jaia.file.partition" + i + "." + count;
    }

    private ImportFacts() {
    }

}
