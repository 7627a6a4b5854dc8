package com.jaia.masters;

import java.util.List;

/**
 * One column of a master table, with the header names a file may give it.
 *
 * @param name the column name in DuckDB (and the English header)
 * @param type how the text is read
 * @param aliases other headers that mean the same, e.g. {@code 勘定科目コード}
 */
record MasterColumn(String name, Type type, List<String> aliases) {

    /** How a column's text becomes a value. */
    enum Type {
        TEXT, INTEGER, AMOUNT, BOOLEAN
    }

    static MasterColumn text(String name, String... aliases) {
        return new MasterColumn(name, Type.TEXT, List.of(aliases));
    }

    static MasterColumn integer(String name, String... aliases) {
        return new MasterColumn(name, Type.INTEGER, List.of(aliases));
    }

    static MasterColumn amount(String name, String... aliases) {
        return new MasterColumn(name, Type.AMOUNT, List.of(aliases));
    }

    static MasterColumn flag(String name, String... aliases) {
        return new MasterColumn(name, Type.BOOLEAN, List.of(aliases));
    }

}
