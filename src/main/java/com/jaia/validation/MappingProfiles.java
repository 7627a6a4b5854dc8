package com.jaia.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads named mapping profiles from {@code NAME.yml} files ({@code field_name: [header, header]}) in a directory such
 * as {@code config/mappings}; each adds to, and where names clash overrides, the standard profile.
 */
final class MappingProfiles {

    private MappingProfiles() {
    }

    /** The profile {@code name}: {@code standard} is built in, others come from {@code dir/NAME.yml}. */
    public static MappingProfile load(Path dir, String name) {
        if (name == null || name.isBlank() || name.equals("standard")) {
            return MappingProfile.standard();
        }
        Path file = dir.resolve(name + ".yml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no mapping profile '" + name + "': " + file + " does not exist"
                    + available(dir));
        }
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("mapping profile " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        return MappingProfile.standard().extendedWith(name, fields(file, document));
    }

    private static Map<JournalField, List<String>> fields(Path file, Object document) {
        Map<JournalField, List<String>> fields = new EnumMap<>(JournalField.class);
        if (document == null) {
            return fields;
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("mapping profile " + file + " must map field names to header lists");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            JournalField field = field(file, String.valueOf(entry.getKey()));
            Object value = entry.getValue();
            List<String> names = new ArrayList<>();
            if (value instanceof List<?> list) {
                list.forEach(alias -> names.add(String.valueOf(alias)));
            } else if (value != null) {
                names.add(String.valueOf(value));
            }
            fields.put(field, names);
        }
        return fields;
    }

    private static JournalField field(Path file, String key) {
        String wanted = key.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (JournalField field : JournalField.values()) {
            if (field.name().equals(wanted) || field.name().replace("_", "").equals(wanted)) {
                return field;
            }
        }
        throw new IllegalArgumentException("mapping profile " + file + " names an unknown field '" + key
                + "'; known fields: " + String.join(", ", Stream.of(JournalField.values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }

    private static String available(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            return names.isEmpty() ? "" : "; available: standard, " + String.join(", ", names);
        } catch (IOException e) {
            return "";
        }
    }

}
