package com.jaia.problems;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request parameter whose value is not one the endpoint accepts; names the parameter and, for a closed set, the
 * accepted values.
 */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    private final List<String> acceptedValues;

    public InvalidParameter(String parameter, String message, List<String> acceptedValues) {
        super(message);
        this.parameter = parameter;
        this.acceptedValues = List.copyOf(acceptedValues);
    }

    /** A value outside a closed set. */
    public static InvalidParameter notOneOf(String parameter, Object value, List<String> acceptedValues) {
        return new InvalidParameter(parameter, parameter + " must be one of " + String.join(", ", acceptedValues)
                + ", not '" + value + "'", acceptedValues);
    }

    /**
     * The constant of {@code type} named by {@code value} (case-insensitive), empty for a missing or blank value.
     * @throws InvalidParameter naming the accepted values when no constant has that name
     */
    public static <E extends Enum<E>> Optional<E> oneOf(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Optional.of(Arrays.stream(type.getEnumConstants())
            .filter(constant -> constant.name().equals(wanted))
            .findFirst()
            .orElseThrow(() -> notOneOf(parameter, value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }

    public String parameter() {
        return parameter;
    }

    public List<String> acceptedValues() {
        return acceptedValues;
    }

}
