package com.jaia.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named set of header names per field, in order of preference. {@link #standard()} knows the earlier JAIA column
 * names and common English and Japanese headers; {@link MappingProfiles} reads further profiles from YAML.
 *
 * @param name the profile name, e.g. {@code standard} or {@code example-erp}
 * @param aliases the accepted header names of each field, most preferred first
 */
record MappingProfile(String name, Map<JournalField, List<String>> aliases) {

    private static final MappingProfile STANDARD = new MappingProfile("standard", StandardAliases.all());

    public MappingProfile {
        Map<JournalField, List<String>> copy = new EnumMap<>(JournalField.class);
        aliases.forEach((field, names) -> copy.put(field, List.copyOf(names)));
        aliases = java.util.Collections.unmodifiableMap(copy);
    }

    /** The built-in profile. */
    public static MappingProfile standard() {
        return STANDARD;
    }

    /** The header names of a field, most preferred first (empty when none). */
    public List<String> aliasesOf(JournalField field) {
        return aliases.getOrDefault(field, List.of());
    }

    /**
     * A profile named {@code name} with {@code extra} header names in front of this profile's; an extra name takes
     * over a header this profile gave to another field.
     */
    public MappingProfile extendedWith(String name, Map<JournalField, List<String>> extra) {
        Set<String> claimed = new HashSet<>();
        extra.values().forEach(names -> names.forEach(alias -> claimed.add(HeaderNames.normalise(alias))));
        Map<JournalField, List<String>> merged = new EnumMap<>(JournalField.class);
        for (JournalField field : JournalField.values()) {
            List<String> names = new ArrayList<>(extra.getOrDefault(field, List.of()));
            for (String alias : aliasesOf(field)) {
                if (!claimed.contains(HeaderNames.normalise(alias))) {
                    names.add(alias);
                }
            }
            merged.put(field, names);
        }
        return new MappingProfile(name, merged);
    }

}
