package com.jaia.ledgerfile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads delimited records (RFC 4180 quoting, CRLF or LF) straight from the file's bytes, so that it can start at any
 * record boundary, stop at a byte offset and report exactly where it is: what a partition and a restart need.
 * <p>
 * Works on bytes because the delimiter, quote and line feed are ASCII and never occur inside a multi-byte character in
 * UTF-8 or Shift_JIS; fields are decoded with the file's charset only once they are cut out.
 */
public final class DelimitedRecordScanner implements Closeable {

    static final int MAX_RECORD_BYTES = 64 << 20;

    private static final byte QUOTE = '"';

    private static final byte LF = '\n';

    private static final byte CR = '\r';

    private final FileChannel channel;

    private final Charset charset;

    private final byte delimiter;

    private final long end;

    private byte[] buffer = new byte[1 << 20];

    private int length;

    private int position;

    private long bufferOffset;

    private long lineNumber;

    private boolean endOfFile;

    private int[] starts = new int[64];

    private int[] ends = new int[64];

    private byte[] kinds = new byte[64];

    /**
     * @param file the file to read
     * @param charset how its bytes encode text
     * @param delimiter the field delimiter (an ASCII character)
     * @param start the byte offset of the first record to read (a record boundary)
     * @param end records starting at or after this offset are left to the next partition ({@code Long.MAX_VALUE}: all)
     * @param startLine the physical line number of the record at {@code start}
     */
    public DelimitedRecordScanner(Path file, Charset charset, char delimiter, long start, long end, long startLine)
            throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.channel.position(start);
        this.charset = charset;
        this.delimiter = (byte) delimiter;
        this.end = end;
        this.bufferOffset = start;
        this.lineNumber = startLine;
    }

    /** Moves to a record boundary found earlier (its byte offset and line number), dropping what was buffered. */
    public void seek(long offset, long line) throws IOException {
        long buffered = offset - bufferOffset;
        if (buffered >= 0 && buffered < length) {
            position = (int) buffered;
        }
        else {
            channel.position(offset);
            bufferOffset = offset;
            length = 0;
            position = 0;
            endOfFile = false;
        }
        lineNumber = line;
    }

    /** The byte offset where the next record starts. */
    public long position() {
        return bufferOffset + position;
    }

    /** The physical line number where the next record starts. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Reads the next record, skipping blank lines; null when the range is done. */
    public RawRecord next() throws IOException {
        while (position() < end) {
            int fieldCount = cut();
            if (fieldCount < 0) {
                return null;
            }
            long recordLine = lineNumber;
            long recordOffset = position();
            int recordEnd = ends[fieldCount];
            lineNumber += countLineFeeds(position, recordEnd);
            boolean blank = fieldCount == 1 && kinds[0] == 0 && starts[0] == ends[0];
            String[] fields = blank ? null : decode(fieldCount);
            position = recordEnd;
            if (!blank) {
                return new RawRecord(recordLine, fields, recordOffset);
            }
        }
        return null;
    }

    /**
     * Finds the fields of the record at {@code position}, refilling the buffer as needed. Field i spans
     * {@code starts[i]..ends[i]} with kind 0 (plain), 1 (quoted) or 2 (quoted with doubled quotes); {@code ends[count]}
     * is where the next record starts. Returns the field count, or -1 at the end of the file.
     */
    private int cut() throws IOException {
        while (true) {
            int count = tryCut();
            if (count >= 0) {
                return count;
            }
            if (endOfFile) {
                return -1;
            }
            fill();
        }
    }

    private int tryCut() {
        int i = position;
        int limit = length;
        if (i >= limit) {
            return endOfFile ? -1 : -2;
        }
        int count = 0;
        while (true) {
            ensureFieldCapacity(count + 1);
            byte kind = 0;
            int fieldStart = i;
            int fieldEnd;
            if (i < limit && buffer[i] == QUOTE) {
                kind = 1;
                i++;
                fieldStart = i;
                while (true) {
                    if (i >= limit) {
                        if (!endOfFile) {
                            return -2;
                        }
                        fieldEnd = i;
                        break;
                    }
                    if (buffer[i] == QUOTE) {
                        if (i + 1 >= limit && !endOfFile) {
                            return -2;
                        }
                        if (i + 1 < limit && buffer[i + 1] == QUOTE) {
                            kind = 2;
                            i += 2;
                            continue;
                        }
                        fieldEnd = i;
                        i++;
                        break;
                    }
                    i++;
                }
                // anything between the closing quote and the delimiter is kept as written
                while (i < limit && buffer[i] != delimiter && buffer[i] != LF) {
                    i++;
                }
                if (i > fieldEnd + 1) {
                    kind = 3;
                }
            }
            else {
                while (i < limit && buffer[i] != delimiter && buffer[i] != LF) {
                    i++;
                }
                fieldEnd = i;
            }
            if (i >= limit && !endOfFile) {
                return -2;
            }
            starts[count] = fieldStart;
            kinds[count] = kind;
            if (i >= limit || buffer[i] == LF) {
                int lineEnd = i;
                if (kind == 0 && fieldEnd > fieldStart && buffer[fieldEnd - 1] == CR) {
                    fieldEnd--;
                }
                ends[count] = kind == 3 ? lineEnd : fieldEnd;
                ends[count + 1] = i < limit ? i + 1 : i;
                return count + 1;
            }
            ends[count] = kind == 3 ? i : fieldEnd;
            count++;
            i++;
        }
    }

    private String[] decode(int count) {
        String[] fields = new String[count];
        for (int f = 0; f < count; f++) {
            int from = starts[f];
            int to = ends[f];
            String value = new String(buffer, from, to - from, charset);
            fields[f] = switch (kinds[f]) {
                case 2 -> value.replace("\"\"", "\"");
                case 3 -> quotedWithTail(value);
                default -> value;
            };
        }
        return fields;
    }

    /** A quoted field followed by more text before the delimiter, e.g. {@code "abc"def}: kept as {@code abcdef}. */
    private static String quotedWithTail(String value) {
        String text = value.endsWith("\r") ? value.substring(0, value.length() - 1) : value;
        int close = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                    continue;
                }
                close = i;
                break;
            }
        }
        return close < 0 ? text : text.substring(0, close).replace("\"\"", "\"") + text.substring(close + 1);
    }

    private int countLineFeeds(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (buffer[i] == LF) {
                count++;
            }
        }
        return count;
    }

    private void ensureFieldCapacity(int needed) {
        if (needed + 1 >= starts.length) {
            int size = starts.length * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            kinds = Arrays.copyOf(kinds, size);
        }
    }

    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, length - position);
            bufferOffset += position;
            length -= position;
            position = 0;
        }
        if (length == buffer.length) {
            if (buffer.length >= MAX_RECORD_BYTES) {
                throw new IOException("a record at line " + lineNumber + " is longer than " + (MAX_RECORD_BYTES >> 20)
                        + " MiB (an unclosed quote?)");
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = channel.read(ByteBuffer.wrap(buffer, length, buffer.length - length));
        if (read < 0) {
            endOfFile = true;
        }
        else {
            length += read;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

}
