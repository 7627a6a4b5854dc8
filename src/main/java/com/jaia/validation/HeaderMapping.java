package com.jaia.validation;

import static com.jaia.validation.JournalField.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file holds which field, resolved once per file from its header; unknown and duplicate columns
 * are ignored and listed. Immutable, so one mapping serves every worker thread.
 */
final class HeaderMapping {

    private final List<String> headers;
    private final int[] indexes;
    private final AmountLayout amountLayout;
    private final List<String> ignored;

    private HeaderMapping(String[] headers, int[] indexes, AmountLayout amountLayout, List<String> ignored) {
        this.headers = List.of(headers);
        this.indexes = indexes;
        this.amountLayout = amountLayout;
        this.ignored = List.copyOf(ignored);
    }

    /** Maps the header fields; fails with {@link MissingRequiredColumn} when a required column is absent. */
    public static HeaderMapping resolve(String[] headers, MappingProfile profile) {
        String[] written = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            written[i] = HeaderNames.asWritten(headers[i]);
        }
        Map<String, Integer> lookup = lookup(profile);
        int[] indexes = new int[JournalField.values().length];
        int[] priorities = new int[indexes.length];
        Arrays.fill(indexes, -1);
        Arrays.fill(priorities, Integer.MAX_VALUE);
        for (int column = 0; column < written.length; column++) {
            Integer code = find(lookup, written[column]);
            if (code != null && code % 1000 < priorities[code / 1000]) {
                indexes[code / 1000] = column;
                priorities[code / 1000] = code % 1000;
            }
        }
        AmountLayout layout = layout(indexes);
        RequiredColumns.check(indexes, layout, profile, written);
        return new HeaderMapping(written, indexes, layout, ignored(written, indexes));
    }

    /** The column index of the field, or -1 when the file has no such column. */
    public int index(JournalField field) {
        return indexes[field.ordinal()];
    }

    /** True when the file has a column for the field. */
    public boolean has(JournalField field) {
        return indexes[field.ordinal()] >= 0;
    }

    /** The header of the field's column as written in the file (trimmed), or null when absent. */
    public String header(JournalField field) {
        int index = index(field);
        return index < 0 ? null : headers.get(index);
    }

    /** How amounts and sides are given; the columns of the other layouts are ignored. */
    public AmountLayout amountLayout() {
        return amountLayout;
    }

    /** The headers of the columns that are not imported (unknown, duplicate or unused by the amount layout). */
    public List<String> ignoredColumns() {
        return ignored;
    }

    /** The number of columns in the header. */
    public int columnCount() {
        return headers.size();
    }

    /** All headers as written. */
    public List<String> headers() {
        return headers;
    }

    private static AmountLayout layout(int[] indexes) {
        boolean amount = indexes[AMOUNT.ordinal()] >= 0;
        boolean side = indexes[DEBIT_CREDIT_INDICATOR.ordinal()] >= 0;
        boolean debitCredit = indexes[DEBIT_AMOUNT.ordinal()] >= 0 || indexes[CREDIT_AMOUNT.ordinal()] >= 0;
        AmountLayout layout = amount && side ? AmountLayout.AMOUNT_AND_SIDE
                : debitCredit ? AmountLayout.DEBIT_AND_CREDIT_COLUMNS
                : amount ? AmountLayout.SIGNED_AMOUNT : AmountLayout.AMOUNT_AND_SIDE;
        if (layout == AmountLayout.DEBIT_AND_CREDIT_COLUMNS) {
            indexes[AMOUNT.ordinal()] = -1;
            indexes[DEBIT_CREDIT_INDICATOR.ordinal()] = -1;
        } else if (amount) {
            indexes[DEBIT_AMOUNT.ordinal()] = -1;
            indexes[CREDIT_AMOUNT.ordinal()] = -1;
        }
        return layout;
    }

    /** Normalised alias to field ordinal * 1000 + preference; earlier (profile) aliases win conflicts. */
    private static Map<String, Integer> lookup(MappingProfile profile) {
        Map<String, Integer> lookup = new HashMap<>();
        for (JournalField field : JournalField.values()) {
            List<String> aliases = profile.aliasesOf(field);
            for (int i = 0; i < aliases.size() && i < 999; i++) {
                lookup.putIfAbsent(HeaderNames.normalise(aliases.get(i)), field.ordinal() * 1000 + i);
            }
        }
        for (JournalField field : JournalField.values()) {
            lookup.putIfAbsent(HeaderNames.normalise(field.name()), field.ordinal() * 1000 + 999);
        }
        return lookup;
    }

    private static Integer find(Map<String, Integer> lookup, String header) {
        if (header.isEmpty()) {
            return null;
        }
        String key = HeaderNames.normalise(header);
        Integer code = lookup.get(key);
        String bare = code == null ? HeaderNames.withoutNote(key) : null;
        return bare == null ? code : lookup.get(bare);
    }

    private static List<String> ignored(String[] written, int[] indexes) {
        boolean[] used = new boolean[written.length];
        for (int index : indexes) {
            if (index >= 0) {
                used[index] = true;
            }
        }
        int last = written.length - 1;
        while (last >= 0 && written[last].isEmpty()) {
            last--;
        }
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            if (!used[i]) {
                ignored.add(written[i].isEmpty() ? "(unnamed column " + (i + 1) + ")" : written[i]);
            }
        }
        return ignored;
    }

}
