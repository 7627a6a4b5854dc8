package com.jaia;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import com.jaia.security.KeysApplication;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: without arguments JAIA runs as a server; with a command name it runs that command and exits. Help and
 * usage errors are answered here, before anything starts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JaiaApplication {

    private static final Log log = LogFactory.getLog(JaiaApplication.class);

    public static void main(String[] args) {
        if (args.length > 0 && Commands.HELP.contains(args[0])) {
            System.out.print(Commands.usage());
            System.exit(0);
        }
        Optional<String> problem = Commands.problem(args);
        if (problem.isPresent()) {
            System.err.println("jaia: " + problem.get());
            System.err.print(problem.get().startsWith("unknown command") ? Commands.usage()
                    : "jaia: 'java -jar jaia.jar --help' lists every command\n");
            System.exit(2);
        }
        if (args.length > 0 && Commands.named(args[0]).isPresent() && Commands.asksForHelp(args)) {
            System.out.println("usage: " + Commands.named(args[0]).get().synopsis());
            System.exit(0);
        }
        OptionalInt relaunched;
        try {
            relaunched = BoundedHeap.relaunch(args);
        }
        catch (IllegalArgumentException badSetting) {
            System.err.println("jaia: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        if (args.length > 0 && Commands.named(args[0]).isPresent()) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(JaiaApplication.class, args);
    }

    static int runCommand(String[] args) {
        // keys needs only the SQLite store, so it also runs beside a server that holds the DuckDB file
        SpringApplication application = new SpringApplication("keys".equals(args[0]) ? KeysApplication.class
                : JaiaApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(CommandContext.defaults());
        String[] commandArgs = Arrays.copyOfRange(args, 1, args.length);
        ConfigurableApplicationContext context;
        try {
            context = application.run(optionsOnly(commandArgs));
        }
        catch (RuntimeException startupFailure) {
            System.err.println("jaia: " + StartupFailures.explain(startupFailure, args[0]));
            return 3;
        }
        try (context) {
            Optional<JaiaCommand> command;
            try {
                command = command(context, args[0]);
            }
            catch (RuntimeException startupFailure) {
                log.error(args[0] + " could not start", startupFailure);
                System.err.println("jaia: " + StartupFailures.explain(startupFailure, args[0]));
                return 3;
            }
            return command.map(found -> found.run(commandArgs))
                .orElseGet(() -> {
                    System.err.println("jaia: command '" + args[0] + "' is not available in this build");
                    return 2;
                });
        }
    }

    /**
     * The named command's bean, found by its type's name ({@code read-csv-reference} → {@code ReadCsvReferenceCommand})
     * without creating the other commands and what only they use.
     */
    private static Optional<JaiaCommand> command(ConfigurableApplicationContext context, String name) {
        String wanted = Commands.beanName(name);
        return Arrays.stream(context.getBeanNamesForType(JaiaCommand.class, false, false))
            .filter(bean -> bean.equals(wanted) || wanted.equals(typeName(context, bean)))
            .map(bean -> context.getBean(bean, JaiaCommand.class))
            .filter(command -> command.name().equals(name))
            .findFirst();
    }

    private static String typeName(ConfigurableApplicationContext context, String bean) {
        Class<?> type = context.getType(bean, false);
        String simpleName = type == null ? "" : type.getSimpleName();
        return simpleName.isEmpty() ? "" : Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
    }

    /**
     * Spring sees only {@code --name=value} options that are also properties; positional arguments stay with the
     * command. A command's output is its summary: the console log stays off unless logging options are given, and
     * everything (stack traces included) goes to the log file.
     */
    private static String[] optionsOnly(String[] commandArgs) {
        Stream<String> options = Arrays.stream(commandArgs).filter(Commands::isProperty);
        boolean quiet = Arrays.stream(commandArgs)
            .noneMatch(arg -> arg.startsWith("--logging.level.root") || arg.startsWith("--logging.threshold.console"));
        return Stream.concat(options, quiet ? Stream.of("--logging.threshold.console=OFF") : Stream.empty())
            .toArray(String[]::new);
    }

}
