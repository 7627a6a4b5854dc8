package com.jaia;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one command: positional values and {@code --name=value} options, and all of them as given.
 */
public record CommandArguments(List<String> positional, Map<String, String> options, List<String> given) {

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
        return new CommandArguments(List.copyOf(positional), Map.copyOf(options), List.of(args));
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String require(String name) {
        return option(name).orElseThrow(() -> new BadArguments("missing --" + name + "=..."));
    }

    /** Whether a switch such as {@code --replace} is given and not {@code --replace=false}. */
    public boolean flag(String name) {
        return option(name).map(value -> !value.equalsIgnoreCase("false")).orElse(false);
    }

    /** The one positional argument, or {@link BadArguments} (the usage) when there is none or more than one. */
    public String single() {
        if (positional.size() != 1) {
            throw new BadArguments();
        }
        return positional.get(0);
    }

    /** The options the command does not take, leaving out configuration properties (they go to Spring). */
    Optional<String> unknownOption(java.util.Set<String> known) {
        return options.keySet().stream()
            .filter(option -> !known.contains(option) && !Commands.isProperty("--" + option))
            .findFirst();
    }

    /**
     * Arguments a command cannot run with; the command answers with the problem, if any, and its usage, exit code 2.
     */
    public static final class BadArguments extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        /** Only the usage is shown. */
        public BadArguments() {
            super((String) null);
        }

        /** @param problem what is wrong, in one sentence */
        public BadArguments(String problem) {
            super(problem);
        }

    }

}
