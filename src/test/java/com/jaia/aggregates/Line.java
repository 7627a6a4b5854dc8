package com.jaia.aggregates;

/**
 * A hand-built journal line for the fixtures; the {@code with} methods change one field.
 */
record Line(String id, int year, int period, String journal, String date, String entryDate, String entryTime,
        String account, String amount, String side, String source, String vendor, String dept, String preparedBy,
        String approvedBy, String approvedDate, Boolean accountKnown) {

    static Line debit(String id, int year, int period, String journal, String date, String account, String amount) {
        return new Line(id, year, period, journal, date, date, "10:00:00", account, amount, "D", "GL", null, null,
                "alice", "bob", date, true);
    }

    static Line credit(String id, int year, int period, String journal, String date, String account, String amount) {
        return new Line(id, year, period, journal, date, date, "10:00:00", account, amount, "C", "GL", null, null,
                "alice", "bob", date, true);
    }

    Line entered(String newEntryDate, String newEntryTime) {
        return new Line(id, year, period, journal, date, newEntryDate, newEntryTime, account, amount, side, source,
                vendor, dept, preparedBy, approvedBy, approvedDate, accountKnown);
    }

    Line by(String newPreparedBy, String newApprovedBy, String newApprovedDate) {
        return new Line(id, year, period, journal, date, entryDate, entryTime, account, amount, side, source, vendor,
                dept, newPreparedBy, newApprovedBy, newApprovedDate, accountKnown);
    }

    Line vendor(String newVendor) {
        return new Line(id, year, period, journal, date, entryDate, entryTime, account, amount, side, source,
                newVendor, dept, preparedBy, approvedBy, approvedDate, accountKnown);
    }

    Line dept(String newDept) {
        return new Line(id, year, period, journal, date, entryDate, entryTime, account, amount, side, source, vendor,
                newDept, preparedBy, approvedBy, approvedDate, accountKnown);
    }

    Line source(String newSource) {
        return new Line(id, year, period, journal, date, entryDate, entryTime, account, amount, side, newSource,
                vendor, dept, preparedBy, approvedBy, approvedDate, accountKnown);
    }

    Line unknownAccount() {
        return new Line(id, year, period, journal, date, entryDate, entryTime, account, amount, side, source, vendor,
                dept, preparedBy, approvedBy, approvedDate, false);
    }

}
