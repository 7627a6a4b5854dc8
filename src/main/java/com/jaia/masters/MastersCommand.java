package com.jaia.masters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;

import org.springframework.stereotype.Component;

/**
 * {@code masters DIR|FILE}: loads master files into DuckDB and prints what each table now holds and which rows were
 * left out. Exits 1 when a file could not be loaded at all.
 */
@Component
class MastersCommand implements JaiaCommand {

    private static final int SHOWN_REJECTS = 20;

    private final MasterLoader loader;

    MastersCommand(MasterLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "masters";
    }

    @Override
    public int run(String[] args) {
        List<String> positional = CommandArguments.parse(args).positional();
        if (positional.size() != 1) {
            System.err.println("usage: masters DIR|FILE   (chart of accounts, users, departments, vendors)");
            return 2;
        }
        Path target = Path.of(positional.get(0));
        List<MasterLoadResult> results;
        try {
            results = Files.isDirectory(target) ? loader.loadDirectory(target) : List.of(loader.loadFile(target));
        }
        catch (IOException e) {
            System.err.println("jaia masters: cannot read " + target + ": " + e.getMessage());
            return 1;
        }
        if (results.isEmpty()) {
            System.err.println("jaia masters: no master files (.csv, .tsv, .txt, .xlsx) in " + target);
            return 1;
        }
        results.forEach(MastersCommand::print);
        return results.stream().allMatch(MasterLoadResult::loaded) ? 0 : 1;
    }

    private static void print(MasterLoadResult result) {
        String file = result.file().getFileName().toString();
        if (!result.loaded()) {
            System.out.println(file + ": not loaded: " + result.problem());
            return;
        }
        System.out.printf("%-12s %6d rows loaded, %d rejected (%s)%n", result.table() + ":", result.rowsLoaded(),
                result.rejected().size(), file);
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
