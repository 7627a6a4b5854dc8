package com.jaia.masters;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a master file's header says: which kind of master it is and which field holds which column. Headers are
 * compared loosely (full-width letters, case, spaces, underscores and brackets do not matter), in English or Japanese.
 *
 * @param kind the master kind
 * @param fieldOfColumn for each column of the kind, in order, the index of the field holding it, or -1
 * @param ignored headers that match no column
 */
record MasterHeader(MasterKind kind, int[] fieldOfColumn, List<String> ignored) {

    /** The headers each kind needs, for the message when a file fits none. */
    static final String EXPECTED = "account_code + account_name (chart of accounts), user_id + user_name (users), "
            + "dept_code + dept_name (departments) or vendor_code + vendor_name (vendors), in English or Japanese "
            + "(勘定科目コード + 勘定科目名, ユーザーID + 氏名, 部門コード + 部門名, 取引先コード + 取引先名 ...)";

    /** The header's kind and mapping; fails with {@link UnknownMasterLayout} when it fits no kind or more than one. */
    static MasterHeader of(String[] header) {
        List<MasterHeader> matches = new ArrayList<>();
        for (MasterKind kind : MasterKind.values()) {
            MasterHeader mapped = map(kind, header);
            boolean hasKey = mapped.fieldOfColumn[0] >= 0;
            boolean hasName = kind.nameColumn == null || mapped.field(kind.nameColumn) >= 0;
            if (hasKey && hasName) {
                matches.add(mapped);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        String found = Arrays.stream(header).collect(Collectors.joining(", "));
        if (matches.isEmpty()) {
            throw new UnknownMasterLayout("its header does not say which master it is (found: " + found
                    + "); expected " + EXPECTED);
        }
        throw new UnknownMasterLayout("its header fits several masters ("
                + matches.stream().map(m -> m.kind.table).collect(Collectors.joining(", ")) + "; found: " + found
                + "); keep only the columns of one of " + EXPECTED);
    }

    int field(String column) {
        for (int i = 0; i < kind.columns.size(); i++) {
            if (kind.columns.get(i).name().equals(column)) {
                return fieldOfColumn[i];
            }
        }
        return -1;
    }

    private static MasterHeader map(MasterKind kind, String[] header) {
        int[] fields = new int[kind.columns.size()];
        Arrays.fill(fields, -1);
        List<String> ignored = new ArrayList<>();
        for (int f = 0; f < header.length; f++) {
            String name = normalise(header[f]);
            int column = columnFor(kind, name);
            if (column >= 0 && fields[column] < 0) {
                fields[column] = f;
            }
            else if (!name.isEmpty()) {
                ignored.add(header[f]);
            }
        }
        return new MasterHeader(kind, fields, List.copyOf(ignored));
    }

    private static int columnFor(MasterKind kind, String name) {
        for (int i = 0; i < kind.columns.size(); i++) {
            MasterColumn column = kind.columns.get(i);
            if (column.name().equals("account_class_source")) {
                continue;
            }
            if (normalise(column.name()).equals(name)
                    || column.aliases().stream().anyMatch(alias -> normalise(alias).equals(name))) {
                return i;
            }
        }
        return -1;
    }

    static String normalise(String header) {
        String text = Normalizer.normalize(header.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.replaceAll("[\\s_\\-()\\[\\]（）「」・]", "");
    }

}
