package com.jaia.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Writes staged rows as CSV in the column order of {@link StagingFiles}: empty for null, text always quoted (so an
 * empty string and a null stay apart), dates ISO, times HH:mm:ss.
 */
final class StagingFormat {

    private StagingFormat() {
    }

    static void appendLine(StringBuilder out, JournalLine line, long offset) {
        out.append(line.lineNumber()).append(',').append(offset).append(',');
        text(out, line.glDetailId()).append(',');
        text(out, line.businessUnitCode()).append(',');
        out.append(line.fiscalYear()).append(',').append(line.accountingPeriod()).append(',');
        text(out, line.journalId()).append(',');
        if (line.journalLineNumber() != null) {
            out.append(line.journalLineNumber().intValue());
        }
        out.append(',');
        date(out, line.effectiveDate()).append(',');
        date(out, line.entryDate()).append(',');
        time(out, line.entryTime()).append(',');
        text(out, line.accountNumber()).append(',');
        amount(out, line.amount()).append(',');
        text(out, line.amountCurrency()).append(',');
        amount(out, line.functionalAmount()).append(',');
        out.append(line.side()).append(',');
        text(out, line.description()).append(',');
        text(out, line.source()).append(',');
        text(out, line.vendorCode()).append(',');
        text(out, line.deptCode()).append(',');
        text(out, line.preparedBy()).append(',');
        text(out, line.approvedBy()).append(',');
        date(out, line.approvedDate()).append(',');
        text(out, line.lastModifiedBy()).append(',');
        date(out, line.lastModifiedDate()).append('\n');
    }

    static void appendRejection(StringBuilder out, Rejection rejection) {
        out.append(rejection.lineNumber()).append(',');
        text(out, rejection.journalId()).append(',');
        text(out, rejection.column()).append(',');
        out.append(rejection.reason().name()).append(',');
        text(out, rejection.message()).append(',');
        text(out, rejection.rawLine()).append('\n');
    }

    static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        out.append('"');
        if (value.indexOf('"') < 0) {
            out.append(value);
        }
        else {
            out.append(value.replace("\"", "\"\""));
        }
        return out.append('"');
    }

    private static StringBuilder date(StringBuilder out, LocalDate date) {
        if (date == null) {
            return out;
        }
        int year = date.getYear();
        out.append(year).append('-');
        twoDigits(out, date.getMonthValue()).append('-');
        return twoDigits(out, date.getDayOfMonth());
    }

    private static StringBuilder time(StringBuilder out, LocalTime time) {
        if (time == null) {
            return out;
        }
        twoDigits(out, time.getHour()).append(':');
        twoDigits(out, time.getMinute()).append(':');
        return twoDigits(out, time.getSecond());
    }

    private static StringBuilder amount(StringBuilder out, BigDecimal amount) {
        return amount == null ? out : out.append(amount.toPlainString());
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }

}
