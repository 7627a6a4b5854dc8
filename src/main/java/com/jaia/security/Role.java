package com.jaia.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do; each role includes the ones before it.
 */
enum Role {

    /** Reads everything. */
    VIEWER,
    /** Also imports, stops and restarts jobs, and reviews. */
    OPERATOR,
    /** Also changes masters, account classes, keys and IP blocks, and runs ops jobs. */
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    static Optional<Role> parse(String value) {
        return Arrays.stream(values()).filter(role -> role.label().equalsIgnoreCase(value == null ? "" : value.strip()))
            .findFirst();
    }

    static Optional<Role> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
    }

}
