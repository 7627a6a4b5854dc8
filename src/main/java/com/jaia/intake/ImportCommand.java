package com.jaia.intake;

import java.nio.file.Path;
import java.util.Optional;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;
import com.jaia.observability.ProgressBoard;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * {@code import PATH [--fiscal-year=YYYY] [--business-unit=CODE]}: runs one import job and prints its summary; exits 0
 * when the job completed, 5 when it completed without loading a row, 1 when it failed, 4 when the import was refused. On a terminal a progress
 * line follows the steps while it runs.
 */
@Component
class ImportCommand implements JaiaCommand {

    private final ImportLauncher launcher;

    private final ImportSummaries summaries;

    private final ProgressBoard progress;

    ImportCommand(ImportLauncher launcher, ImportSummaries summaries, ProgressBoard progress) {
        this.launcher = launcher;
        this.summaries = summaries;
        this.progress = progress;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(String[] args) {
        CommandArguments arguments = CommandArguments.parse(args);
        if (arguments.positional().size() != 1) {
            System.err.println("usage: import PATH [--fiscal-year=YYYY] [--business-unit=CODE]");
            return 2;
        }
        Optional<Integer> fiscalYear;
        try {
            fiscalYear = arguments.option("fiscal-year").map(Integer::valueOf);
        }
        catch (NumberFormatException e) {
            System.err.println("jaia: --fiscal-year must be a year such as 2024, not '"
                    + arguments.option("fiscal-year").orElse("") + "'");
            return 2;
        }
        ImportRequest request = new ImportRequest(Path.of(arguments.positional().get(0)), fiscalYear,
                arguments.option("business-unit"), "cli");
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
