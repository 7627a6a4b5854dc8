package com.jaia.intake;

import java.nio.file.Path;
import java.util.Optional;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;
import com.jaia.observability.ProgressBoard;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * {@code import PATH [--fiscal-year=YYYY] [--business-unit=CODE] [--replace]}: runs one import job and prints its
 * summary; exits 0 when the job completed, 5 when it completed without loading a row, 1 when it failed, 2 on bad
 * arguments, 4 when the import was refused. On a terminal a progress line follows the steps while it runs.
 */
@Component
class ImportCommand implements JaiaCommand {

    private static final String USAGE = "usage: import PATH [--fiscal-year=YYYY] [--business-unit=CODE] [--replace]";

    private final ImportLauncher launcher;

    private final ImportSummaries summaries;

    private final ProgressBoard progress;

    ImportCommand(ImportLauncher launcher, ImportSummaries summaries, ProgressBoard progress) {
        this.launcher = launcher;
        this.summaries = summaries;
        this.progress = progress;
    }

    private static Integer year(String text) {
        try {
            return Integer.valueOf(text.strip());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fiscal-year must be a year from " + ImportRequest.MIN_FISCAL_YEAR
                    + " to " + ImportRequest.MAX_FISCAL_YEAR + ", not \"" + text + "\"");
        }
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(String[] args) {
        CommandArguments arguments = CommandArguments.parse(args);
        if (arguments.positional().size() != 1) {
            System.err.println(USAGE);
            return 2;
        }
        ImportRequest request;
        try {
            request = new ImportRequest(Path.of(arguments.positional().get(0)),
                    arguments.option("fiscal-year").map(ImportCommand::year), arguments.option("business-unit"), "cli",
                    arguments.option("replace").map(Boolean::parseBoolean).orElse(false));
        }
        catch (IllegalArgumentException e) {
            System.err.println("jaia: " + e.getMessage());
            return 2;
        }
        try {
            JobExecution execution;
            try (ProgressLine line = ProgressLine.onConsole(progress)) {
                execution = launcher.launch(request);
            }
            System.out.print(summaries.of(execution).render());
            return ImportSummary.exitCode(execution);
        }
        catch (ImportRejected rejected) {
            System.err.println("jaia: import refused: " + rejected.getMessage());
            return 4;
        }

    }

}
