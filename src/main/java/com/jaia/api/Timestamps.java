package com.jaia.api;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.jaia.problems.InvalidParameter;

/**
 * Timestamps on the API are ISO 8601 with an offset. The stores keep local date-times in the server's time zone
 * (Spring Batch's job repository, DuckDB's {@code TIMESTAMP}); they are given that zone's offset on the way out.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** A local date-time of the server's zone with its offset; null stays null. */
    public static OffsetDateTime of(LocalDateTime local) {
        return local == null ? null : local.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    /** A JDBC timestamp read from a store, with the server zone's offset; null stays null. */
    public static OffsetDateTime of(Timestamp timestamp) {
        return timestamp == null ? null : of(timestamp.toLocalDateTime());
    }

    /** The server zone's local date-time of an instant given with an offset (how the stores compare); null stays null. */
    public static LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    }

    /**
     * A filter value: an ISO 8601 date-time with an offset ({@code 2025-04-01T09:00:00+09:00}, {@code ...Z}), or
     * without one or a bare date, both read in the server's zone; null or blank is no filter.
     * @throws InvalidParameter naming the parameter when the value is none of these
     */
    public static OffsetDateTime parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return of(LocalDate.parse(text).atStartOfDay());
            }
            if (text.endsWith("Z") || text.endsWith("z") || text.matches(".*[+-]\\d\\d(:?\\d\\d)?$")) {
                return OffsetDateTime.parse(text);
            }
            return of(LocalDateTime.parse(text));
        }
        catch (DateTimeParseException e) {
            throw new InvalidParameter(parameter, parameter + " must be an ISO 8601 date or date-time such as "
                    + "2025-04-01T09:00:00+09:00, not '" + value + "'", List.of());
        }
    }

}
