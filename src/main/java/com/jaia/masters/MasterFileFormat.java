package com.jaia.masters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How to read a master file: XLSX or delimited text, UTF-8 (with or without BOM) or Shift_JIS (MS932), comma or tab,
 * found from its first bytes.
 *
 * @param xlsx whether the file is an Excel workbook (read through a CSV copy of its first sheet)
 * @param charset the text encoding
 * @param delimiter the field delimiter
 * @param dataOffset bytes to skip before the header (3 for a UTF-8 byte order mark)
 */
record MasterFileFormat(boolean xlsx, Charset charset, char delimiter, long dataOffset) {

    static final Charset MS932 = Charset.forName("windows-31j");

    private static final int SAMPLE = 64 * 1024;

    static MasterFileFormat detect(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        }
        if (sample.length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) {
            return new MasterFileFormat(true, StandardCharsets.UTF_8, ',', 0);
        }
        int offset = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset = offset == 3 || isUtf8(sample, offset, sample.length == SAMPLE) ? StandardCharsets.UTF_8
                : MS932;
        return new MasterFileFormat(false, charset, delimiter(sample, offset), offset);
    }

    private static boolean isUtf8(byte[] sample, int offset, boolean truncated) {
        int end = sample.length;
        if (truncated) {
            // a multi-byte character may be cut at the end of the sample
            while (end > offset && end > sample.length - 4 && (sample[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > offset && (sample[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Arrays.copyOfRange(sample, offset, end)));
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }

    private static char delimiter(byte[] sample, int offset) {
        int tabs = 0;
        int commas = 0;
        for (int i = offset; i < sample.length && sample[i] != '\n'; i++) {
            tabs += sample[i] == '\t' ? 1 : 0;
            commas += sample[i] == ',' ? 1 : 0;
        }
        return tabs > commas ? '\t' : ',';
    }

}
