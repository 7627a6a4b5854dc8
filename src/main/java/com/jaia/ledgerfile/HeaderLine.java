package com.jaia.ledgerfile;

import java.nio.charset.Charset;

/**
 * The first line of a delimited file: where it ends and which delimiter separates its fields.
 */
final class HeaderLine {

    private HeaderLine() {
    }

    /** The header line decoded, without its line break; fails when there is none. */
    static String read(byte[] sample, int offset, boolean truncated, Charset charset) {
        boolean quoted = false;
        int end = -1;
        for (int i = offset; i < sample.length; i++) {
            byte b = sample[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            if (truncated) {
                throw new BadLedgerFile("no usable header: the first line is longer than 1 MB");
            }
            end = sample.length;
        }
        String line = new String(sample, offset, end - offset, charset);
        if (Texts.isBlank(line)) {
            throw new BadLedgerFile("no usable header: the first line is empty");
        }
        return line;
    }

    /** Tab or comma, whichever the header uses most; fails naming what was found when it is neither. */
    static char delimiter(String header) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        int pipes = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                pipes += c == '|' ? 1 : 0;
            }
        }
        int best = Math.max(Math.max(commas, tabs), Math.max(semicolons, pipes));
        if (best > 0 && tabs == best) {
            return '\t';
        }
        if (best > 0 && commas == best) {
            return ',';
        }
        String shown = '"' + Texts.excerpt(header, 200) + '"';
        if (best > 0) {
            char found = semicolons == best ? ';' : '|';
            throw new BadLedgerFile("wrong delimiter: the header line " + shown + " is separated by '" + found
                    + "' (" + best + " times); only comma- or tab-separated files are read, so export the file as "
                    + "CSV or TSV or set the delimiter explicitly");
        }
        throw new BadLedgerFile("not a delimited file: the header line " + shown
                + " has no comma or tab between column names");
    }

}
