package com.jaia.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jaia.ledgerfile.BadLedgerFile;
import com.jaia.ledgerfile.DelimitedRecordScanner;
import com.jaia.ledgerfile.LedgerFileKind;
import com.jaia.ledgerfile.LedgerFormat;
import com.jaia.ledgerfile.LedgerFormatDetector;
import com.jaia.ledgerfile.RawRecord;
import com.jaia.ledgerfile.XlsxLedgerConverter;
import com.jaia.pipeline.ImportSettings;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Opens the file once before any row is read: detects its format, converts XLSX to CSV, checks the header for the
 * required columns (failing the job, with the headers found, when one is missing) and cuts the data into byte ranges.
 */
class JournalFilePartitioner implements Partitioner {

    static final String PARTITION = "partition.index";

    static final String START = "partition.start";

    static final String END = "partition.end";

    static final String START_LINE = "partition.startLine";

    private final Path file;

    private final Path workDir;

    private final ImportSettings settings;

    private final ExecutionContext jobContext;

    JournalFilePartitioner(Path file, Path workDir, ImportSettings settings, ExecutionContext jobContext) {
        this.file = file;
        this.workDir = workDir;
        this.settings = settings;
        this.jobContext = jobContext;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        try {
            return cut(gridSize);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Map<String, ExecutionContext> cut(int gridSize) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadLedgerFile("the file " + file + " does not exist or is not a regular file");
        }
        LedgerFormat format = LedgerFormatDetector.detect(file, charsetOverride(), delimiterOverride());
        Path path = file;
        Charset charset = format.charset();
        char delimiter = format.delimiter();
        long dataStart = format.dataOffset();
        if (format.kind() == LedgerFileKind.XLSX) {
            path = convert();
            charset = StandardCharsets.UTF_8;
            delimiter = ',';
            dataStart = 0;
        }
        String[] header;
        long afterHeader;
        long firstDataLine;
        try (DelimitedRecordScanner scanner = new DelimitedRecordScanner(path, charset, delimiter, dataStart,
                Long.MAX_VALUE, 1)) {
            RawRecord headerRecord = scanner.next();
            if (headerRecord == null) {
                throw new BadLedgerFile("the file is empty");
            }
            header = headerRecord.fields();
            afterHeader = scanner.position();
            firstDataLine = scanner.lineNumber();
            if (scanner.next() == null) {
                throw new BadLedgerFile("the file has a header line but no rows (headers: " + String.join(", ", header)
                        + ")");
            }
        }
        HeaderMapping mapping = HeaderMapping.resolve(header, MappingProfiles.load(settings.mappingDir(),
                settings.mappingProfile()));
        recordFormat(format, charset, mapping);
        SourceFile source = new SourceFile(path, charset, delimiter, header);
        List<RecordSplits.Split> splits = RecordSplits.find(path, charset, delimiter, afterHeader, firstDataLine,
                gridSize);
        jobContext.putString(ImportFacts.SOURCE_PATH, path.toString());
        jobContext.putString(ImportFacts.SOURCE_CHARSET, charset.name());
        jobContext.putString(ImportFacts.SOURCE_DELIMITER, String.valueOf(delimiter));
        jobContext.putString(ImportFacts.SOURCE_CONVERTED, Boolean.toString(!path.equals(file)));
        jobContext.putInt(ImportFacts.PARTITIONS, splits.size());
        Map<String, ExecutionContext> partitions = new HashMap<>();
        for (int i = 0; i < splits.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            source.writeTo(context);
            context.putInt(PARTITION, i);
            context.putLong(START, splits.get(i).start());
            context.putLong(END, splits.get(i).end());
            context.putLong(START_LINE, splits.get(i).startLine());
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    private Path convert() throws IOException {
        Path converted = workDir.resolve("converted.csv");
        if (!Files.exists(converted)) {
            Files.createDirectories(workDir);
            Path partial = workDir.resolve("converted.csv.part");
            XlsxLedgerConverter.toCsv(file, partial);
            Files.move(partial, converted, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return converted;
    }

    private void recordFormat(LedgerFormat format, Charset charset, HeaderMapping mapping) {
        jobContext.putString(ImportFacts.FORMAT, format.kind().name().toLowerCase());
        jobContext.putString(ImportFacts.ENCODING, format.kind() == LedgerFileKind.XLSX ? "xlsx" : charset.name()
                + (format.dataOffset() > 0 ? " (BOM)" : ""));
        jobContext.putString(ImportFacts.IGNORED_COLUMNS, String.join(", ", mapping.ignoredColumns()));
    }

    private Optional<Charset> charsetOverride() {
        return settings.encoding() == null || settings.encoding().isBlank() ? Optional.empty()
                : Optional.of(Charset.forName(settings.encoding()));
    }

    private Optional<Character> delimiterOverride() {
        String delimiter = settings.delimiter();
        if (delimiter == null || delimiter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? '\t' : delimiter.charAt(0));
    }

}
