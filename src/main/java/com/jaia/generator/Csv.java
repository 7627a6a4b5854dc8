package com.jaia.generator;

/**
 * Quoting of CSV fields (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled.
 */
final class Csv {

    private Csv() {
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }

    static String row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(values[i] == null ? "" : String.valueOf(values[i])));
        }
        return line.append('\n').toString();
    }

}
