package com.jaia.validation;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.jaia.ledgerfile.DelimitedRecordScanner;
import com.jaia.ledgerfile.RawRecord;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the records of one partition's byte range; its checkpoint is the byte offset and line number of the next
 * record, so a restart seeks straight there instead of re-reading the file.
 */
class JournalFileReader implements ItemStreamReader<RawRecord> {

    static final String POSITION = "reader.position";

    static final String LINE = "reader.line";

    private final SourceFile source;

    private final long start;

    private final long end;

    private final long startLine;

    private DelimitedRecordScanner scanner;

    private long count;

    JournalFileReader(SourceFile source, long start, long end, long startLine) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.startLine = startLine;
    }

    @Override
    public void open(ExecutionContext context) {
        long position = context.containsKey(POSITION) ? context.getLong(POSITION) : start;
        long line = context.containsKey(LINE) ? context.getLong(LINE) : startLine;
        count = context.containsKey(ImportFacts.RECORDS_READ) ? context.getLong(ImportFacts.RECORDS_READ) : 0;
        try {
            scanner = new DelimitedRecordScanner(source.path(), source.charset(), source.delimiter(), position, end, line);
        }
        catch (IOException e) {
            throw new ItemStreamException("cannot open " + source.path() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public RawRecord read() {
        try {
            RawRecord record = scanner.next();
            if (record != null) {
                count++;
            }
            return record;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(POSITION, scanner.position());
        context.putLong(LINE, scanner.lineNumber());
        context.putLong(ImportFacts.RECORDS_READ, count);
    }

    @Override
    public void close() {
        try {
            if (scanner != null) {
                scanner.close();
            }
        }
        catch (IOException e) {
            throw new ItemStreamException(e);
        }
    }

}
