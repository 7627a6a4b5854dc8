package com.jaia.intake;

import java.nio.file.Path;

import com.jaia.CommandArguments;
import com.jaia.CommandArguments.BadArguments;
import com.jaia.ExitCodes;
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
record ImportCommand(ImportLauncher launcher, ImportSummaries summaries, ProgressBoard progress) implements JaiaCommand {

    @Override
    public int run(CommandArguments arguments) {
        ImportRequest request;
        try {
            request = new ImportRequest(Path.of(arguments.single()),
                    arguments.option("fiscal-year").map(ImportCommand::year), arguments.option("business-unit"), "cli",
                    arguments.flag("replace"));
        }
        catch (IllegalArgumentException e) {
            throw new BadArguments(e.getMessage());
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
            return ExitCodes.REFUSED;
        }
    }

    private static Integer year(String text) {
        try {
            return Integer.valueOf(text.strip());
        }
        catch (NumberFormatException e) {
            throw new BadArguments("--fiscal-year must be a year from " + ImportRequest.MIN_FISCAL_YEAR
                    + " to " + ImportRequest.MAX_FISCAL_YEAR + ", not \"" + text + "\"");
        }
    }

}
