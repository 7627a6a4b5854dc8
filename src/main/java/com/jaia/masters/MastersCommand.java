package com.jaia.masters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jaia.CommandArguments;
import com.jaia.ExitCodes;
import com.jaia.JaiaCommand;
import com.jaia.problems.PlainReason;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code masters DIR|FILE [--replace]}: loads master files into DuckDB and prints, per file, the table's row count
 * before and after and the rows left out. Exits 1 when a file was refused or could not be loaded.
 */
@Component
record MastersCommand(MasterLoader loader) implements JaiaCommand {

    private static final Logger log = LoggerFactory.getLogger(MastersCommand.class);

    private static final int SHOWN_REJECTS = 20;

    @Override
    public int run(CommandArguments arguments) {
        Path target = Path.of(arguments.single());
        boolean replace = arguments.flag("replace");
        if (!Files.exists(target)) {
            System.err.println("jaia masters: there is no file or folder " + target
                    + "; give the folder of the master files or one file.");
            return ExitCodes.FAILED;
        }
        List<MasterLoadResult> results;
        try {
            results = Files.isDirectory(target) ? loader.loadDirectory(target, replace, "cli")
                    : loader.load(List.of(MasterFile.of(target)), replace, "cli");
        }
        catch (IOException | RuntimeException e) {
            log.error("masters could not read {}", target, e);
            System.err.println("jaia masters: cannot read " + target + ": " + PlainReason.of(e)
                    + ". The details are in the log.");
            return ExitCodes.FAILED;
        }
        if (results.isEmpty()) {
            System.err.println("jaia masters: no master files (.csv, .tsv, .txt, .xlsx) in " + target);
            return ExitCodes.FAILED;
        }
        results.forEach(MastersCommand::print);
        return results.stream().allMatch(MasterLoadResult::loaded) ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    private static void print(MasterLoadResult result) {
        if (!result.loaded()) {
            System.out.println(result.fileName() + ": not loaded: " + result.problem());
            return;
        }
        System.out.printf("%-12s %d rows before, %d after, %d rejected (%s)%n", result.table() + ":",
                result.rowsBefore(), result.rowsAfter(), result.rejected().size(), result.fileName());
        if (!result.ignoredColumns().isEmpty()) {
            System.out.println("  ignored columns: " + String.join(", ", result.ignoredColumns()));
        }
        result.rejected().stream().limit(SHOWN_REJECTS)
            .forEach(row -> System.out.println("  line " + row.lineNumber() + ": " + row.reason()));
        if (result.rejected().size() > SHOWN_REJECTS) {
            System.out.println("  ... and " + (result.rejected().size() - SHOWN_REJECTS) + " more");
        }
    }

}
