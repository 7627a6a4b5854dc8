package com.jaia.generator;

import java.time.LocalDate;

/**
 * One journal being generated: its header values and up to eight lines. Mutable, so an anomaly can be injected into a
 * journal built like any other.
 */
final class Journal {

    static final int MAX_LINES = 8;

    String id;
    LocalDate effectiveDate;
    LocalDate entryDate;
    /** Seconds since midnight. */
    int entryTime;
    String source;
    String preparedBy;
    String approvedBy;
    LocalDate approvedDate;
    String deptCode;
    String vendorCode = "";
    String description;

    final String[] accounts = new String[MAX_LINES];
    final long[] amounts = new long[MAX_LINES];
    final char[] sides = new char[MAX_LINES];
    int size;

    void add(String account, char side, long amount) {
        accounts[size] = account;
        sides[size] = side;
        amounts[size] = amount;
        size++;
    }

    void clearLines() {
        size = 0;
    }

    /** The sum of the debit lines (equal to the credits). */
    long total() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            if (sides[i] == 'D') {
                total += amounts[i];
            }
        }
        return total;
    }

    /** A copy with every value but the id. */
    Journal copy(String newId) {
        Journal copy = new Journal();
        copy.id = newId;
        copy.effectiveDate = effectiveDate;
        copy.entryDate = entryDate;
        copy.entryTime = entryTime;
        copy.source = source;
        copy.preparedBy = preparedBy;
        copy.approvedBy = approvedBy;
        copy.approvedDate = approvedDate;
        copy.deptCode = deptCode;
        copy.vendorCode = vendorCode;
        copy.description = description;
        for (int i = 0; i < size; i++) {
            copy.add(accounts[i], sides[i], amounts[i]);
        }
        return copy;
    }

}
