package com.jaia.ledgerfile;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells for import rather than display: dates as ISO (with a time part only when there is one),
 * times as HH:mm:ss, numbers without exponent, grouping or ".0"; zero-padded code formats ("0000") are kept.
 */
final class LedgerCellFormatter extends DataFormatter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final boolean date1904;

    LedgerCellFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904 || use1904, true);
            if (value < 1) {
                return dateTime.toLocalTime().format(TIME);
            }
            if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                return dateTime.toLocalDate().toString();
            }
            return dateTime.format(DATE_TIME);
        }
        if (isZeroPadded(formatString)) {
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
        return plain(value);
    }

    /** The number as plain decimal text: 1000000 not 1E6 or 1000000.0. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean isZeroPadded(String formatString) {
        if (formatString == null || formatString.length() < 2) {
            return false;
        }
        for (int i = 0; i < formatString.length(); i++) {
            if (formatString.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

}
