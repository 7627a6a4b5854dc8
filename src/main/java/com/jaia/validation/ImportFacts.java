package com.jaia.validation;

/**
 * Keys of what the validation step learns about the file, kept in the job execution context for the summary.
 */
public final class ImportFacts {

    /** csv, tsv or xlsx. */
    public static final String FORMAT = "jaia.file.format";

    /** The detected or configured encoding. */
    public static final String ENCODING = "jaia.file.encoding";

    /** Columns of the file that no journal field maps to, comma-separated as written. */
    public static final String IGNORED_COLUMNS = "jaia.file.ignoredColumns";

    /** The delimited file the rows were read from: the imported file, or the CSV an XLSX workbook became. */
    public static final String SOURCE_PATH = "jaia.file.source";

    /** The encoding of {@link #SOURCE_PATH}. */
    public static final String SOURCE_CHARSET = "jaia.file.sourceCharset";

    /** The delimiter of {@link #SOURCE_PATH}. */
    public static final String SOURCE_DELIMITER = "jaia.file.sourceDelimiter";

    /** Whether {@link #SOURCE_PATH} is a conversion kept in the work directory (else it is the imported file). */
    public static final String SOURCE_CONVERTED = "jaia.file.sourceConverted";

    /** How many partitions the file was cut into ({@code validateJournalPartitionStep:partitionN}, N from 0). */
    public static final String PARTITIONS = "jaia.file.partitions";

    /** Name of partition {@code i}'s worker step execution. */
    public static String partitionStepName(int i) {
        return "validateJournalPartitionStep:partition" + i;
    }

    /** Keys of a partition worker's execution context holding how many records it read and staged. */
    public static final String RECORDS_READ = "reader.count";

    public static final String LINES_STAGED = "writer.lines.count";

    public static final String REJECTS_STAGED = "writer.rejects.count";

    /** Key of a partition worker's count of staged lines whose amount was normalised from floating-point noise. */
    public static final String AMOUNTS_NORMALISED = "writer.normalised.count";

    private ImportFacts() {
    }

}
