package com.jaia.validation;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What {@code validateJournalStep} hands to the steps after it, published once in the job execution context: how the
 * file was read, how many records it held and the staging files ("segments") its partitions wrote.
 *
 * @param format csv, tsv or xlsx (null before the file was opened)
 * @param encoding the detected or configured encoding, as shown to people
 * @param ignoredColumns the file's columns that no journal field maps to, comma-separated as written
 * @param source the delimited file the rows were read from: the imported file, or the CSV an XLSX workbook became
 * @param charset the encoding of {@code source}
 * @param delimiter the delimiter of {@code source}
 * @param converted whether {@code source} is a conversion kept in the work directory
 * @param recordsRead the records all partitions read, which the load must account for exactly
 * @param amountsNormalised the valid lines whose amount was normalised from floating-point noise
 * @param stagedLines every partition's file of valid lines, in partition order
 * @param stagedRejects every partition's file of rejected rows, in partition order
 */
public record ValidatedFile(String format, String encoding, String ignoredColumns, Path source, Charset charset,
        char delimiter, boolean converted, long recordsRead, long amountsNormalised, List<Path> stagedLines,
        List<Path> stagedRejects) {

    /** Columns of the staged lines, as a DuckDB {@code read_csv} columns struct. */
    public static final String LINE_COLUMNS = StagingFiles.LINE_COLUMNS;

    /** Columns of the staged rejected rows, as a DuckDB {@code read_csv} columns struct. */
    public static final String REJECT_COLUMNS = StagingFiles.REJECT_COLUMNS;

    public ValidatedFile {
        stagedLines = List.copyOf(stagedLines);
        stagedRejects = List.copyOf(stagedRejects);
    }

    /** The validation step's hand-off, from the job execution context it was published in. */
    public static ValidatedFile from(ExecutionContext jobContext) {
        String source = jobContext.getString(ImportFacts.SOURCE_PATH, null);
        String charset = jobContext.getString(ImportFacts.SOURCE_CHARSET, null);
        String delimiter = jobContext.getString(ImportFacts.SOURCE_DELIMITER, ",");
        return new ValidatedFile(jobContext.getString(ImportFacts.FORMAT, null),
                jobContext.getString(ImportFacts.ENCODING, null), jobContext.getString(ImportFacts.IGNORED_COLUMNS, ""),
                source == null ? null : Path.of(source), charset == null ? null : Charset.forName(charset),
                delimiter.charAt(0), Boolean.parseBoolean(jobContext.getString(ImportFacts.SOURCE_CONVERTED, "false")),
                jobContext.getLong(ImportFacts.RECORDS_TOTAL, 0L), jobContext.getLong(ImportFacts.NORMALISED_TOTAL, 0L),
                paths(jobContext, ImportFacts.STAGED_LINES),
                paths(jobContext, ImportFacts.STAGED_REJECTS));
    }

    static void publishTotals(ExecutionContext jobContext, ValidationCounts counts, List<Path> lines,
            List<Path> rejects) {
        jobContext.putLong(ImportFacts.RECORDS_TOTAL, counts.recordsRead());
        jobContext.putLong(ImportFacts.NORMALISED_TOTAL, counts.amountsNormalised());
        jobContext.putString(ImportFacts.STAGED_LINES, join(lines));
        jobContext.putString(ImportFacts.STAGED_REJECTS, join(rejects));
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(path -> path.toAbsolutePath().toString()).collect(Collectors.joining("\n"));
    }

    private static List<Path> paths(ExecutionContext context, String key) {
        String joined = context.getString(key, "");
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split("\n")).map(Path::of).toList();
    }

}
