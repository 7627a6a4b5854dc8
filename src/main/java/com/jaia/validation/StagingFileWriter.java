package com.jaia.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Appends a partition's valid lines and rejections to its two staging files. Each chunk is written to the files before
 * its checkpoint records their sizes; a restart truncates the files back to the checkpoint, so rows written by a chunk
 * that never committed are written again exactly once. (Written, not forced: a killed process loses nothing the
 * operating system already has; should the machine itself lose power, {@link #behindCheckpoint} notices the shorter
 * files and the partition starts over.)
 */
class StagingFileWriter implements ItemStreamWriter<StagedLine> {

    static final String LINES_SIZE = "writer.lines.bytes";

    static final String REJECTS_SIZE = "writer.rejects.bytes";

    static final String VALID_COUNT = ImportFacts.LINES_STAGED;

    static final String REJECTED_COUNT = ImportFacts.REJECTS_STAGED;

    static final String NORMALISED_COUNT = ImportFacts.AMOUNTS_NORMALISED;

    private final Path linesFile;

    private final Path rejectsFile;

    private FileChannel lines;

    private FileChannel rejects;

    private long validCount;

    private long rejectedCount;

    private long normalisedCount;

    private final StagingBytes lineBuffer = new StagingBytes(1 << 20);

    private final StagingBytes rejectBuffer = new StagingBytes(1 << 16);

    StagingFileWriter(Path workDir, int partition) {
        this.linesFile = StagingFiles.lines(workDir, partition);
        this.rejectsFile = StagingFiles.rejects(workDir, partition);
    }

    /** Whether a staging file is shorter than the checkpoint says, which only a lost machine can cause. */
    boolean behindCheckpoint(ExecutionContext context) {
        try {
            return shorter(linesFile, context, LINES_SIZE) || shorter(rejectsFile, context, REJECTS_SIZE);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean shorter(Path file, ExecutionContext context, String key) throws IOException {
        return context.containsKey(key) && (!Files.exists(file) || Files.size(file) < context.getLong(key));
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            Files.createDirectories(linesFile.getParent());
            lines = openAt(linesFile, context.containsKey(LINES_SIZE) ? context.getLong(LINES_SIZE) : 0);
            rejects = openAt(rejectsFile, context.containsKey(REJECTS_SIZE) ? context.getLong(REJECTS_SIZE) : 0);
            validCount = context.containsKey(VALID_COUNT) ? context.getLong(VALID_COUNT) : 0;
            rejectedCount = context.containsKey(REJECTED_COUNT) ? context.getLong(REJECTED_COUNT) : 0;
            normalisedCount = context.containsKey(NORMALISED_COUNT) ? context.getLong(NORMALISED_COUNT) : 0;
        }
        catch (IOException e) {
            throw new ItemStreamException("cannot open the staging files in " + linesFile.getParent(), e);
        }
    }

    private static FileChannel openAt(Path file, long size) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(size);
        channel.position(size);
        return channel;
    }

    @Override
    public void write(Chunk<? extends StagedLine> chunk) {
        lineBuffer.clear();
        rejectBuffer.clear();
        for (StagedLine staged : chunk) {
            if (staged.line() instanceof JournalLine line) {
                StagingFormat.appendLine(lineBuffer, line, staged.offset());
                validCount++;
                if (line.amountNormalised()) {
                    normalisedCount++;
                }
            }
            else if (staged.line() instanceof Rejection rejection) {
                StagingFormat.appendRejection(rejectBuffer, rejection);
                rejectedCount++;
            }
        }
        try {
            append(lines, lineBuffer);
            append(rejects, rejectBuffer);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the staging files in " + linesFile.getParent(), e);
        }
    }

    private static void append(FileChannel channel, StagingBytes bytes) throws IOException {
        if (!bytes.isEmpty()) {
            bytes.writeTo(channel);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        try {
            context.putLong(LINES_SIZE, lines.position());
            context.putLong(REJECTS_SIZE, rejects.position());
            context.putLong(VALID_COUNT, validCount);
            context.putLong(REJECTED_COUNT, rejectedCount);
            context.putLong(NORMALISED_COUNT, normalisedCount);
        }
        catch (IOException e) {
            throw new ItemStreamException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (lines != null) {
                lines.close();
            }
            if (rejects != null) {
                rejects.close();
            }
        }
        catch (IOException e) {
            throw new ItemStreamException(e);
        }
    }

}
