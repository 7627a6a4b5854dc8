package com.jaia;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: without arguments JAIA runs as a server; with a command name it runs that command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JaiaApplication {

    /** Commands that run once and exit instead of starting the server. */
    static final Set<String> COMMANDS = Set.of("import", "generate", "masters", "demo", "evaluate", "refresh",
            "read-csv-reference");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(JaiaApplication.class, args);
    }

    static int runCommand(String[] args) {
        SpringApplication application = new SpringApplication(JaiaApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("jaia.mode", "command", "spring.main.banner-mode", "off"));
        String[] commandArgs = Arrays.copyOfRange(args, 1, args.length);
        ConfigurableApplicationContext context;
        try {
            context = application.run(optionsOnly(commandArgs));
        }
        catch (RuntimeException startupFailure) {
            System.err.println("jaia: " + StartupFailures.explain(startupFailure));
            return 3;
        }
        try (context) {
            return context.getBeansOfType(JaiaCommand.class).values().stream()
                .filter(command -> command.name().equals(args[0]))
                .findFirst()
                .map(command -> command.run(commandArgs))
                .orElseGet(() -> {
                    System.err.println("jaia: command '" + args[0] + "' is not available in this build");
                    return 2;
                });
        }
    }

    /** Spring sees only {@code --name=value} options that are also properties; positional arguments stay with the command. */
    private static String[] optionsOnly(String[] commandArgs) {
        Stream<String> options = Arrays.stream(commandArgs)
            .filter(arg -> arg.startsWith("--spring.") || arg.startsWith("--jaia.") || arg.startsWith("--logging."));
        boolean quiet = Arrays.stream(commandArgs)
            .noneMatch(arg -> arg.startsWith("--logging.level.root") || arg.startsWith("--logging.threshold.console"));
        // a command's output is its summary: framework chatter on the console only when asked for (the log files
        // in LOG_DIR still get everything)
        return Stream.concat(options, quiet ? Stream.of("--logging.threshold.console=WARN") : Stream.empty())
            .toArray(String[]::new);
    }

}
