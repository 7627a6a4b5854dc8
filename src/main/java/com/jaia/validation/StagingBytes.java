package com.jaia.validation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * A growable buffer of one chunk's staged CSV, encoded as UTF-8 while it is appended: the rows go from their values to
 * the file's bytes in one pass, without a text copy and an encoded copy of the whole chunk in between.
 */
final class StagingBytes {

    private byte[] bytes;

    private int length;

    StagingBytes(int capacity) {
        this.bytes = new byte[capacity];
    }

    void clear() {
        length = 0;
    }

    boolean isEmpty() {
        return length == 0;
    }

    StagingBytes ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    StagingBytes number(long value) {
        if (value < 0) {
            ascii('-');
            if (value == Long.MIN_VALUE) {
                return text(Long.toString(value).substring(1));
            }
            value = -value;
        }
        ensure(20);
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    /** Two digits, zero-padded (months, days, hours, minutes, seconds). */
    StagingBytes twoDigits(int value) {
        ensure(2);
        bytes[length++] = (byte) ('0' + value / 10 % 10);
        bytes[length++] = (byte) ('0' + value % 10);
        return this;
    }

    /**
     * A text field: as it is when DuckDB's reader takes it back unchanged, quoted (with doubled quotes) when it holds
     * a delimiter, quote or line break. Null and the empty string are both written empty and read back as null, as
     * DuckDB reads an empty quoted field too; validation trims empty values to null before they get here.
     */
    StagingBytes field(String value) {
        if (value == null) {
            return this;
        }
        if (!needsQuotes(value)) {
            return text(value);
        }
        ascii('"');
        int from = 0;
        for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
            text(value, from, quote + 1);
            ascii('"');
            from = quote + 1;
        }
        return text(value, from, value.length()).ascii('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    StagingBytes text(String value) {
        return text(value, 0, value.length());
    }

    private StagingBytes text(String value, int from, int to) {
        ensure(3 * (to - from));
        byte[] out = bytes;
        int at = length;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            }
            else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
            else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(value.charAt(i + 1))) {
                int code = Character.toCodePoint(c, value.charAt(++i));
                out[at++] = (byte) (0xF0 | code >> 18);
                out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | code & 0x3F);
            }
            else if (Character.isSurrogate(c)) {
                out[at++] = '?'; // a lone surrogate has no UTF-8 form; the JDK's encoder writes the same
            }
            else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
        return this;
    }

    /** Writes the buffer at the channel's position. */
    void writeTo(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

}
