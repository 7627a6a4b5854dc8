package com.jaia.masters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jaia.ledgerfile.RawRecord;

/**
 * The rows of one master file turned into column values in table order, with the rows that could not be read and
 * why: a missing key, a duplicate key, a wrong number of fields or a value of the wrong kind.
 */
final class MasterRows {

    final MasterHeader header;

    final List<Object[]> rows = new ArrayList<>();

    final List<MasterLoadResult.RejectedRow> rejected = new ArrayList<>();

    private MasterRows(MasterHeader header) {
        this.header = header;
    }

    static MasterRows read(MasterFileReader reader) throws IOException {
        RawRecord first = reader.next();
        if (first == null) {
            throw new UnknownMasterLayout("it is empty; expected a header with " + MasterHeader.EXPECTED);
        }
        MasterRows result = new MasterRows(MasterHeader.of(first.fields()));
        Map<String, Long> keys = new HashMap<>();
        for (RawRecord record = reader.next(); record != null; record = reader.next()) {
            result.add(record, first.fields().length, keys);
        }
        return result;
    }

    private void add(RawRecord record, int headerFields, Map<String, Long> keys) {
        String[] fields = record.fields();
        if (fields.length != headerFields && !(fields.length < headerFields && header.fieldOfColumn()[0] < fields.length)) {
            reject(record, "the row has " + fields.length + " fields, the header " + headerFields);
            return;
        }
        List<MasterColumn> columns = header.kind().columns;
        Object[] values = new Object[columns.size()];
        try {
            for (int c = 0; c < columns.size(); c++) {
                int field = header.fieldOfColumn()[c];
                values[c] = field < 0 || field >= fields.length ? null : MasterValues.parse(columns.get(c), fields[field]);
            }
        }
        catch (IllegalArgumentException e) {
            reject(record, e.getMessage());
            return;
        }
        String key = (String) values[0];
        if (key == null) {
            reject(record, columns.get(0).name() + " is empty");
            return;
        }
        Long firstLine = keys.putIfAbsent(key, record.lineNumber());
        if (firstLine != null) {
            reject(record, columns.get(0).name() + " " + key + " appears already on line " + firstLine);
            return;
        }
        if (header.kind() == MasterKind.ACCOUNTS && values[header.kind().columns.indexOf(classColumn())] != null) {
            values[header.kind().columns.indexOf(classColumn()) + 1] = "file";
        }
        rows.add(values);
    }

    private static MasterColumn classColumn() {
        return MasterKind.ACCOUNTS.columns.stream().filter(c -> c.name().equals("account_class")).findFirst()
            .orElseThrow();
    }

    private void reject(RawRecord record, String reason) {
        rejected.add(new MasterLoadResult.RejectedRow(record.lineNumber(), reason));
    }

}
