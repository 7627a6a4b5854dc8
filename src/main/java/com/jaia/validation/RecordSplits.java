package com.jaia.validation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        List<long[]> boundaries = new ArrayList<>();
        boundaries.add(new long[] { dataStart, dataStartLine });
        try (DelimitedRecordScanner scanner = new DelimitedRecordScanner(file, charset, delimiter, dataStart,
                Long.MAX_VALUE, dataStartLine)) {
            long step = (size - dataStart) / parts;
            for (int k = 1; k < parts; k++) {
                long target = dataStart + k * step;
                while (scanner.position() < target && scanner.skip()) {
                    // skip records up to the target offset
                }
                if (scanner.position() >= size) {
                    break;
                }
                boundaries.add(new long[] { scanner.position(), scanner.lineNumber() });
            }
        }
        List<Split> splits = new ArrayList<>();
        for (int k = 0; k < boundaries.size(); k++) {
            long end = k + 1 < boundaries.size() ? boundaries.get(k + 1)[0] : Long.MAX_VALUE;
            splits.add(new Split(boundaries.get(k)[0], end, boundaries.get(k)[1]));
        }
        return splits;
    }

}
