package com.jaia.validation;

import java.util.Arrays;

import com.jaia.ledgerfile.RawRecord;
import com.jaia.ledgerfile.Texts;

/**
 * Turns each raw record of a ledger file into a {@link JournalLine} or a {@link Rejection} whose message names the
 * column as written in the file and quotes the value. Checks run in order (field count, then length and encoding of
 * the imported columns, then each value) and the first error decides the reason. Immutable and thread-safe: one
 * instance per file serves every worker thread.
 */
final class JournalLineValidator {

    private final HeaderMapping mapping;
    private final ValidationRules rules;
    private final int columnCount;
    private final int minimumFields;
    private final int[] importedColumns;

    public JournalLineValidator(HeaderMapping mapping, ValidationRules rules) {
        this.mapping = mapping;
        this.rules = rules;
        this.columnCount = mapping.columnCount();
        int minimum = columnCount;
        while (minimum > 1 && mapping.headers().get(minimum - 1).isEmpty()) {
            minimum--;
        }
        this.minimumFields = minimum;
        this.importedColumns = Arrays.stream(JournalField.values()).mapToInt(mapping::index).filter(i -> i >= 0)
                .sorted().distinct().toArray();
    }

    /** The line the record holds, or why it will not load; never throws for bad data. */
    public ValidatedLine validate(RawRecord record) {
        LineParser parser = new LineParser(mapping, rules, record);
        try {
            checkFieldCount(parser, record.fields());
            checkImportedColumns(parser, record.fields());
            return parser.parse();
        } catch (LineParser.RowRejected rejected) {
            return rejected.rejection;
        }
    }

    /** The mapping this validator reads records with. */
    public HeaderMapping mapping() {
        return mapping;
    }

    private void checkFieldCount(LineParser parser, String[] fields) {
        int count = fields.length;
        boolean fits = count >= minimumFields;
        for (int i = columnCount; i < count && fits; i++) {
            fits = Texts.isBlank(fields[i]);
        }
        if (fits) {
            return;
        }
        if (count == 1 && Texts.isBlank(fields[0])) {
            parser.reject(null, RejectReason.WRONG_FIELD_COUNT, "the line is empty");
        }
        parser.reject(null, RejectReason.WRONG_FIELD_COUNT, "the row has " + count + " field" + (count == 1 ? "" : "s")
                + " but the header has " + columnCount + " columns");
    }

    private void checkImportedColumns(LineParser parser, String[] fields) {
        for (int column : importedColumns) {
            if (column >= fields.length || fields[column] == null) {
                continue;
            }
            String value = fields[column];
            String header = mapping.headers().get(column);
            if (value.length() > rules.maxFieldLength()) {
                parser.reject(header, RejectReason.FIELD_TOO_LONG, header + " is " + value.length()
                        + " characters long; the limit is " + rules.maxFieldLength() + " (it starts \""
                        + Texts.excerpt(value, 40) + "\")");
            }
            if (value.indexOf('\uFFFD') >= 0) {
                parser.reject(header, RejectReason.INVALID_ENCODING, header + " \"" + Texts.excerpt(value, 100)
                        + "\" contains bytes that are not valid in the file's encoding (shown as \uFFFD)");
            }
        }
    }

}
