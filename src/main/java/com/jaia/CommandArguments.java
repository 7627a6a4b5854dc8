package com.jaia;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one command: positional values and {@code --name=value} options.
 */
public record CommandArguments(List<String> positional, Map<String, String> options) {

    public static CommandArguments parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                if (equals < 0) {
                    options.put(arg.substring(2), "true");
                }
                else {
                    options.put(arg.substring(2, equals), arg.substring(equals + 1));
                }
            }
            else {
                positional.add(arg);
            }
        }
        return new CommandArguments(List.copyOf(positional), Map.copyOf(options));
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String require(String name) {
        return option(name).orElseThrow(() -> new IllegalArgumentException("missing --" + name + "=..."));
    }

}
