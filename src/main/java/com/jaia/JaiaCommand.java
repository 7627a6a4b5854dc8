package com.jaia;

import com.jaia.CommandArguments.BadArguments;
import com.jaia.problems.PlainReason;

import org.slf4j.LoggerFactory;

/**
 * A command run from the command line ({@code java -jar jaia.jar NAME ...}); each stage contributes its own as a bean.
 * A command states only what it does with its arguments: parsing them, refusing options it does not take, answering
 * {@link BadArguments} with its usage and a failure it did not handle with a plain sentence happen here, once.
 */
public interface JaiaCommand {

    /**
     * The first command-line argument that selects this command: the type's name without {@code Command}, in lower
     * case with hyphens ({@code ReadCsvReferenceCommand} → {@code read-csv-reference}).
     */
    default String name() {
        return Commands.commandName(getClass());
    }

    /**
     * Runs the command.
     * @param arguments the arguments after the command name
     * @return the process exit code, one of {@link ExitCodes}
     * @throws BadArguments when the arguments cannot be run: the usage is printed and the exit code is 2
     * @throws Exception a failure the command leaves to the shared answer: logged, told in a sentence, exit code 1
     */
    int run(CommandArguments arguments) throws Exception;

    /**
     * Runs the command and returns the process exit code (0 on success).
     * @param args the arguments after the command name
     */
    default int run(String[] args) {
        try {
            CommandArguments arguments = CommandArguments.parse(args);
            Commands.named(name()).flatMap(command -> arguments.unknownOption(command.options())).ifPresent(option -> {
                throw new BadArguments("unknown option --" + option);
            });
            return run(arguments);
        }
        catch (BadArguments bad) {
            if (bad.getMessage() != null) {
                System.err.println("jaia " + name() + ": " + bad.getMessage());
            }
            System.err.println(Commands.named(name()).map(command -> "usage: " + command.synopsis() + "   ("
                    + command.purpose() + ")").orElse("usage: " + name()));
            return ExitCodes.USAGE;
        }
        catch (Exception failure) {
            LoggerFactory.getLogger(getClass()).error(name() + " failed", failure);
            System.err.println("jaia: " + name() + " failed: " + PlainReason.of(failure));
            System.err.println("jaia: the details are in the log file (logging.file.path, default logs/).");
            return ExitCodes.FAILED;
        }
    }

}
