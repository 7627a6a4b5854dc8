package com.jaia.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Writes staged rows as CSV in the column order of {@link StagingFiles}: empty for null, text quoted only when it needs
 * quotes, dates ISO, times HH:mm:ss.
 */
final class StagingFormat {

    private StagingFormat() {
    }

    static void appendLine(StagingBytes out, JournalLine line, long offset) {
        out.number(line.lineNumber()).ascii(',').number(offset).ascii(',');
        out.field(line.glDetailId()).ascii(',');
        out.field(line.businessUnitCode()).ascii(',');
        out.number(line.fiscalYear()).ascii(',').number(line.accountingPeriod()).ascii(',');
        out.field(line.journalId()).ascii(',');
        if (line.journalLineNumber() != null) {
            out.number(line.journalLineNumber().intValue());
        }
        out.ascii(',');
        date(out, line.effectiveDate()).ascii(',');
        date(out, line.entryDate()).ascii(',');
        time(out, line.entryTime()).ascii(',');
        out.field(line.accountNumber()).ascii(',');
        amount(out, line.amount()).ascii(',');
        out.field(line.amountCurrency()).ascii(',');
        amount(out, line.functionalAmount()).ascii(',');
        out.ascii(line.side()).ascii(',');
        out.field(line.description()).ascii(',');
        out.field(line.source()).ascii(',');
        out.field(line.vendorCode()).ascii(',');
        out.field(line.deptCode()).ascii(',');
        out.field(line.preparedBy()).ascii(',');
        out.field(line.approvedBy()).ascii(',');
        date(out, line.approvedDate()).ascii(',');
        out.field(line.lastModifiedBy()).ascii(',');
        date(out, line.lastModifiedDate()).ascii('\n');
    }

    static void appendRejection(StagingBytes out, Rejection rejection) {
        out.number(rejection.lineNumber()).ascii(',');
        out.field(rejection.journalId()).ascii(',');
        out.field(rejection.column()).ascii(',');
        out.text(rejection.reason().name()).ascii(',');
        out.field(rejection.message()).ascii(',');
        out.field(rejection.rawLine()).ascii('\n');
    }

    private static StagingBytes date(StagingBytes out, LocalDate date) {
        if (date == null) {
            return out;
        }
        int year = date.getYear();
        if (year >= 0 && year < 1000) {
            // ISO years have at least four digits
            out.ascii('0').twoDigits(year / 10).ascii((char) ('0' + year % 10));
        }
        else {
            out.number(year);
        }
        return out.ascii('-').twoDigits(date.getMonthValue()).ascii('-').twoDigits(date.getDayOfMonth());
    }

    private static StagingBytes time(StagingBytes out, LocalTime time) {
        if (time == null) {
            return out;
        }
        return out.twoDigits(time.getHour()).ascii(':').twoDigits(time.getMinute()).ascii(':')
            .twoDigits(time.getSecond());
    }

    private static StagingBytes amount(StagingBytes out, BigDecimal amount) {
        return amount == null ? out : out.text(amount.toPlainString());
    }

}
