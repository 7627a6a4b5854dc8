package com.jaia.generator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A large byte buffer that CSV text is appended to without encoders or formatters: ASCII strings character by
 * character, pre-encoded bytes by copy, numbers digit by digit.
 */
final class ByteLine {

    private final byte[] buffer;

    private int position;

    ByteLine(int capacity) {
        buffer = new byte[capacity];
    }

    int length() {
        return position;
    }

    void put(char c) {
        buffer[position++] = (byte) c;
    }

    void bytes(byte[] value) {
        System.arraycopy(value, 0, buffer, position, value.length);
        position += value.length;
    }

    /** Values known to be ASCII: ids, codes. */
    void ascii(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            buffer[position++] = (byte) value.charAt(i);
        }
    }

    void number(long value) {
        if (value < 10) {
            put((char) ('0' + value));
            return;
        }
        int start = position;
        for (long v = value; v > 0; v /= 10) {
            buffer[position++] = (byte) ('0' + v % 10);
        }
        for (int i = start, j = position - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
    }

    void digits3(int value) {
        put((char) ('0' + value / 100 % 10));
        two(value % 100);
    }

    void two(int value) {
        put((char) ('0' + value / 10));
        put((char) ('0' + value % 10));
    }

    /** Seconds since midnight as HH:mm:ss. */
    void clock(int secondsOfDay) {
        two(secondsOfDay / 3600);
        put(':');
        two(secondsOfDay / 60 % 60);
        put(':');
        two(secondsOfDay % 60);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

}
