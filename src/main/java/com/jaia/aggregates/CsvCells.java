package com.jaia.aggregates;

/**
 * Makes a text safe to open in a spreadsheet: a cell that starts like a formula ({@code = + - @}, tab or carriage
 * return) is prefixed with an apostrophe, so the spreadsheet shows it instead of executing it (CSV injection).
 * Numbers are written as they are: a negative amount is data, not a formula.
 */
final class CsvCells {

    private CsvCells() {
    }

    /** The CSV text of a column value: empty for null, plain digits for numbers, neutralised text otherwise. */
    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return neutralise(value.toString());
    }

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + cell : cell;
    }

}
