package com.jaia.validation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.jaia.ledgerfile.DelimitedRecordScanner;

/**
 * Cuts the data part of a delimited file into byte ranges that start on record boundaries, one per partition, with the
 * line number each starts on. Boundaries come from a real scan (a quoted field may hold line feeds), never a guess.
 */
final class RecordSplits {

    /** Files smaller than this are read by one partition: splitting would cost more than it saves. */
    static final long MIN_SPLIT_BYTES = 8L << 20;

    private RecordSplits() {
    }

    /** One partition's range: records starting in {@code [start, end)}, the first on line {@code startLine}. */
    record Split(long start, long end, long startLine) {
    }

    static List<Split> find(Path file, Charset charset, char delimiter, long dataStart, long dataStartLine, int parts)
            throws IOException {
        return find(file, charset, delimiter, dataStart, dataStartLine, parts, MIN_SPLIT_BYTES);
    }

    static List<Split> find(Path file, Charset charset, char delimiter, long dataStart, long dataStartLine, int parts,
            long minSplitBytes) throws IOException {
        long size = Files.size(file);
        if (parts <= 1 || size - dataStart < minSplitBytes) {
            return List.of(new Split(dataStart, Long.MAX_VALUE, dataStartLine));
        }
        long step = (size - dataStart) / parts;
        List<long[]> boundaries = new ArrayList<>();
        boundaries.add(new long[] { dataStart, dataStartLine });
        boundaries.addAll(boundariesAfter(file, delimiter, dataStart, dataStartLine, step, parts));
        List<Split> splits = new ArrayList<>();
        for (int k = 0; k < boundaries.size(); k++) {
            long end = k + 1 < boundaries.size() ? boundaries.get(k + 1)[0] : Long.MAX_VALUE;
            splits.add(new Split(boundaries.get(k)[0], end, boundaries.get(k)[1]));
        }
        return splits;
    }

    /**
     * Walks the bytes once with the same quoting rules as {@link DelimitedRecordScanner} (a quote opens a quoted field
     * only at the start of a field; a doubled quote inside stays in it) and returns, for each target offset
     * {@code dataStart + k * step}, the first record boundary at or after it with its line number.
     */
    private static List<long[]> boundariesAfter(Path file, char delimiter, long dataStart, long line, long step,
            int parts) throws IOException {
        List<long[]> found = new ArrayList<>();
        byte separator = (byte) delimiter;
        long nextTarget = dataStart + step;
        long lineNumber = line;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean pendingQuote = false;
        long offset = dataStart;
        byte[] buffer = new byte[1 << 20];
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            channel.position(dataStart);
            int read;
            while (found.size() < parts - 1 && (read = channel.read(java.nio.ByteBuffer.wrap(buffer))) > 0) {
                for (int i = 0; i < read; i++, offset++) {
                    byte b = buffer[i];
                    if (pendingQuote) {
                        pendingQuote = false;
                        if (b == '"') {
                            continue;
                        }
                        quoted = false;
                    }
                    if (quoted) {
                        if (b == '"') {
                            pendingQuote = true;
                        }
                        else if (b == '\n') {
                            lineNumber++;
                        }
                        continue;
                    }
                    if (b == '\n') {
                        lineNumber++;
                        fieldStart = true;
                        if (offset + 1 >= nextTarget && found.size() < parts - 1) {
                            found.add(new long[] { offset + 1, lineNumber });
                            nextTarget = dataStart + (found.size() + 1) * step;
                        }
                    }
                    else if (b == separator) {
                        fieldStart = true;
                    }
                    else {
                        if (b == '"' && fieldStart) {
                            quoted = true;
                        }
                        fieldStart = false;
                    }
                }
            }
        }
        long size = Files.size(file);
        found.removeIf(boundary -> boundary[0] >= size);
        return found;
    }

}
