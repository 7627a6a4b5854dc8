package com.jaia.validation;

import java.text.Normalizer;
import java.util.Locale;

import com.jaia.ledgerfile.Texts;

/**
 * How header names are compared: BOM dropped, NFKC (full-width to half-width), lower case, and spaces, underscores,
 * hyphens and dots removed, so {@code Journal ID}, {@code journal_id} and {@code ＪＯＵＲＮＡＬ－ＩＤ} all match.
 */
final class HeaderNames {

    private HeaderNames() {
    }

    static String normalise(String header) {
        String text = Normalizer.normalize(asWritten(header), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Texts.isSpace(c) && c != '_' && c != '-' && c != '.' && c != '\u30FB') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** The key without a trailing bracketed note, e.g. {@code 金額(円)} gives {@code 金額}; null when there is none. */
    static String withoutNote(String key) {
        if (key.length() > 2 && (key.endsWith(")") || key.endsWith("]"))) {
            int open = Math.max(key.lastIndexOf('('), key.lastIndexOf('['));
            if (open > 0) {
                return key.substring(0, open);
            }
        }
        return null;
    }

    /** The header as written, trimmed and without a byte order mark. */
    static String asWritten(String header) {
        String trimmed = Texts.trimToNull(header == null ? null : header.replace("\uFEFF", ""));
        return trimmed == null ? "" : trimmed;
    }

}
