package com.jaia.observability;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hook a set-based step calls as it moves on: phase {@code index} (1-based) of {@code of}, with a short name.
 */
@FunctionalInterface
public interface Phases {

    /** Ignores every phase. */
    Phases NONE = (name, index, of) -> {
    };

    void at(String name, int index, int of);

    /** A short name for a SQL statement: its verb and the table it writes, e.g. {@code insert journal_entries}. */
    static String of(String sql) {
        Matcher matcher = Holder.STATEMENT.matcher(sql);
        if (matcher.find()) {
            return matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+.*", "") + " " + matcher.group(2);
        }
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) : line;
    }

    /** Holds the pattern out of the interface's constants. */
    final class Holder {

        private static final Pattern STATEMENT = Pattern.compile(
                "(?is)^\\s*(?:--[^\\n]*\\n\\s*)*(insert\\s+(?:or\\s+\\w+\\s+)?into|create\\s+(?:or\\s+replace\\s+)?"
                        + "(?:temp(?:orary)?\\s+)?(?:table|view)|delete\\s+from|update|drop\\s+table(?:\\s+if\\s+exists)?)"
                        + "\\s+(\\w+)");

        private Holder() {
        }

    }

}
