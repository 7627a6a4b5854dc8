package com.jaia.ledgerfile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-8 from Shift_JIS (MS932) and text from binary in the first bytes of a file. A sample that is mostly valid
 * UTF-8 stays UTF-8 even with a few bad bytes: the rows holding them are rejected later, not mis-decoded.
 */
final class EncodingSniffer {

    static final Charset MS932 = Charset.forName("windows-31j");

    private EncodingSniffer() {
    }

    /** A reason the sample is not text, or null when it looks like text. */
    static String binaryReason(byte[] sample, int from, int to) {
        int control = 0;
        for (int i = from; i < to; i++) {
            int b = sample[i] & 0xFF;
            if (b == 0) {
                return "it contains NUL bytes, so it is binary data, not CSV/TSV text";
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        if (control * 100L > (to - from)) {
            return "it is mostly control characters, so it is binary data, not CSV/TSV text";
        }
        return null;
    }

    /** UTF-8 or MS932 for the sample; {@code truncated} says the file continues after it (a cut char is fine). */
    static Charset guess(byte[] sample, int from, int to, boolean truncated) {
        long counts = utf8Counts(sample, from, to, truncated);
        long valid = counts >>> 32;
        long invalid = counts & 0xFFFFFFFFL;
        if (invalid == 0 || valid >= 10 * invalid) {
            return StandardCharsets.UTF_8;
        }
        if (decodesCleanly(MS932, sample, from, to)) {
            return MS932;
        }
        return valid > invalid ? StandardCharsets.UTF_8 : MS932;
    }

    /** Valid multi-byte sequences in the high 32 bits, invalid ones in the low 32 bits. */
    static long utf8Counts(byte[] bytes, int from, int to, boolean truncated) {
        long valid = 0;
        long invalid = 0;
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0) {
                invalid++;
                i++;
                continue;
            }
            if (i + length > to) {
                if (!truncated || !continuations(bytes, i + 1, to)) {
                    invalid++;
                }
                break;
            }
            if (continuations(bytes, i + 1, i + length) && !overlongOrSurrogate(b, bytes[i + 1] & 0xFF)) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return (valid << 32) | invalid;
    }

    private static boolean continuations(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlongOrSurrogate(int lead, int second) {
        return (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0)
                || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90);
    }

    private static boolean decodesCleanly(Charset charset, byte[] bytes, int from, int to) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

}
