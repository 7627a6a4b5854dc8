package com.jaia.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jaia.CommandArguments;
import com.jaia.ExitCodes;
import com.jaia.JaiaCommand;
import com.jaia.generator.GenerationSummary;
import com.jaia.generator.LedgerGenerator;
import com.jaia.intake.ImportLauncher;
import com.jaia.intake.ImportRejected;
import com.jaia.intake.ImportRequest;
import com.jaia.intake.ImportSummaries;
import com.jaia.intake.ImportSummary;
import com.jaia.masters.MasterLoadResult;
import com.jaia.masters.MasterLoader;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code demo [--lines=100000] [--seed=42]}: generates a ledger with labelled anomalies and its master files under
 * {@code DATA_DIR/demo}, loads the masters, imports the ledger through the full job and prints the summary. Run again,
 * it shows the earlier import instead of importing the same content twice.
 */
@Component
record DemoCommand(MasterLoader masterLoader, ImportLauncher launcher, ImportSummaries summaries,
        @Value("${jaia.data-dir}") Path dataDir) implements JaiaCommand {

    @Override
    public int run(CommandArguments arguments) throws IOException {
        long lines = Long.parseLong(arguments.option("lines").orElse("100000"));
        long seed = Long.parseLong(arguments.option("seed").orElse("42"));
        Path dir = dataDir.resolve("demo");
        Path ledger = dir.resolve("ledger-" + lines + "-" + seed + ".csv");
        Path labels = dir.resolve("labels-" + lines + "-" + seed + ".csv");
        Path masters = dir.resolve("masters");
        Files.createDirectories(masters);
        LedgerGenerator generator = new LedgerGenerator(seed);
        GenerationSummary generated = generator.generate(lines, ledger, labels);
        generator.writeMasters(masters);
        System.out.printf("generated %s: %d lines, %d journals, %d with injected anomalies (labels: %s)%n",
                ledger, generated.lines(), generated.journals(), generated.anomalousJournals(), labels);
        for (MasterLoadResult result : masterLoader.loadDirectory(masters, true, "demo")) {
            System.out.printf("master %s: %d rows loaded, %d rejected%n", result.table(), result.rowsLoaded(),
                    result.rejected().size());
        }
        try {
            JobExecution execution = launcher.launch(ImportRequest.of(ledger, "demo"));
            System.out.print(summaries.of(execution).render());
            System.out.println("  this demo's labels: java -jar jaia.jar evaluate --labels=" + labels);
            return ImportSummary.exitCode(execution);
        }
        catch (ImportRejected rejected) {
            System.out.println("this demo ledger was imported before: " + rejected.getMessage());
            return ExitCodes.DONE;
        }
    }

}
