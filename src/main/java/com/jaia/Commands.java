package com.jaia;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command line, written once: each command with its synopsis and the options it accepts. {@code main} reads it
 * before anything starts, to print help and to refuse unknown commands and options; add a command's entry here when
 * you add the command.
 */
final class Commands {

    /** Prefixes of options that are configuration properties and go to Spring, whatever the command. */
    static final List<String> PROPERTY_PREFIXES = List.of("--spring.", "--jaia.", "--logging.");

    /** What {@code main} may be given instead of a command to mean "print the help". */
    static final Set<String> HELP = Set.of("help", "--help", "-h");

    /**
     * One command.
     *
     * @param name the first argument
     * @param synopsis how to call it
     * @param purpose what it does, in one line
     * @param options the {@code --name} options it reads
     */
    record Command(String name, String synopsis, String purpose, Set<String> options) {
    }

    static final List<Command> ALL = List.of(
            new Command("import", "import PATH [--fiscal-year=YYYY] [--business-unit=CODE] [--replace]",
                    "import one ledger file and print what was found", Set.of("fiscal-year", "business-unit", "replace")),
            new Command("demo", "demo [--lines=100000] [--seed=42]",
                    "generate a demo ledger with masters, import it and print what was found", Set.of("lines", "seed")),
            new Command("masters", "masters DIR|FILE [--replace]",
                    "load the chart of accounts, users, departments and vendors", Set.of("replace")),
            new Command("generate",
                    "generate --lines=N --seed=S --out=PATH [--labels=PATH] [--masters=DIR] [--fiscal-year=YYYY] "
                            + "[--anomaly-rate=R] [--profile=NAME] [--float-noise=X]",
                    "write a synthetic ledger, optionally with labels and masters",
                    Set.of("lines", "seed", "out", "labels", "masters", "fiscal-year", "anomaly-rate", "profile",
                            "float-noise")),
            new Command("evaluate", "evaluate --labels=PATH",
                    "recall per injected pattern and false positives of the stored scores", Set.of("labels")),
            new Command("refresh", "refresh [--fiscal-years=2024,2025|all] [--business-units=BU1,BU2]",
                    "re-run the rules and aggregates over fiscal years (of some business units)",
                    Set.of("fiscal-years", "fiscalYears", "business-units", "businessUnits")),
            new Command("review", "review [--fiscal-year=YYYY] [--business-unit=CODE]",
                    "retry the deferred LLM reviews", Set.of("fiscal-year", "business-unit")),
            new Command("rollback", "rollback IMPORT_ID", "remove one import and everything derived from it",
                    Set.of()),
            new Command("keys", "keys create --name=NAME --role=viewer|operator|admin | keys list | keys revoke NAME",
                    "manage the API keys", Set.of("name", "role")),
            new Command("read-csv-reference", "read-csv-reference FILE [--memory-limit=512MB] [--threads=N]",
                    "time DuckDB's own read_csv of a file (benchmark reference)", Set.of("memory-limit", "threads")));

    private Commands() {
    }

    static Optional<Command> named(String name) {
        return ALL.stream().filter(command -> command.name().equals(name)).findFirst();
    }

    /** The name of a command's bean and class: {@code read-csv-reference} → {@code readCsvReferenceCommand}. */
    static String beanName(String command) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : command.toCharArray()) {
            if (c == '-') {
                upper = true;
            }
            else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.append("Command").toString();
    }

    /** The name of a command's type: {@code ReadCsvReferenceCommand} → {@code read-csv-reference}. */
    static String commandName(Class<?> type) {
        String simpleName = type.getSimpleName().replaceFirst("Command$", "");
        return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The help text: how to start the server, the commands, the exit codes. */
    static String usage() {
        StringBuilder out = new StringBuilder("""
                usage: java -jar jaia.jar                 start the server (HOST:PORT, default 127.0.0.1:8001)
                       java -jar jaia.jar COMMAND [OPTIONS]
                       java -jar jaia.jar help | --help | -h

                commands:
                """);
        ALL.forEach(command -> out.append(String.format("  %-10s %s%n  %-10s   %s%n", command.name(),
                command.purpose(), "", command.synopsis())));
        out.append("""

                Any command also takes configuration properties such as --jaia.data-dir=DIR.
                exit codes: 0 done, 1 failed, 2 usage error, 3 stores cannot be opened, 4 import refused,
                            5 nothing loaded (every row rejected)
                """);
        return out.toString();
    }

    /**
     * What is wrong with the arguments, or empty when they can be run: an unknown command, or an option that the
     * command does not take.
     */
    static Optional<String> problem(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        Optional<Command> command = named(args[0]);
        if (command.isEmpty()) {
            return args[0].startsWith("-") ? serverOptionProblem(args) : Optional.of("unknown command '" + args[0] + "'");
        }
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-") && !isProperty(arg)) {
                String name = arg.replaceFirst("^--?", "").replaceFirst("=.*", "");
                if (!arg.startsWith("--") || !command.get().options().contains(name)) {
                    return Optional.of("unknown option '" + arg.replaceFirst("=.*", "") + "' for " + args[0]
                            + "; usage: " + command.get().synopsis());
                }
            }
        }
        return Optional.empty();
    }

    /** The server takes only configuration properties ({@code --name.with.dots=value}) and Boot's own switches. */
    private static Optional<String> serverOptionProblem(String[] args) {
        for (String arg : args) {
            boolean property = arg.startsWith("--") && arg.replaceFirst("=.*", "").contains(".");
            if (!property && !arg.equals("--debug") && !arg.equals("--trace")) {
                return Optional.of("unknown " + (arg.startsWith("-") ? "option '" : "command '") + arg + "'");
            }
        }
        return Optional.empty();
    }

    static boolean isProperty(String arg) {
        return PROPERTY_PREFIXES.stream().anyMatch(arg::startsWith);
    }

    /** Whether the arguments ask for a command's own help ({@code import --help}). */
    static boolean asksForHelp(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                return true;
            }
        }
        return false;
    }

}
