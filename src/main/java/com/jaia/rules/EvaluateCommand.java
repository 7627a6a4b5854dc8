package com.jaia.rules;

import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;

/**
 * {@code evaluate --labels=PATH}: prints recall, false-positive share and ROC AUC of the stored journal risk scores
 * against a generator's labels file, overall and per injected pattern, each rule's hit rate, and a warning for labelled
 * journals that were never loaded.
 */
final class EvaluateCommand implements JaiaCommand {

    private final DataSource duckDb;

    EvaluateCommand(DataSource duckDb) {
        this.duckDb = duckDb;
    }

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public int run(String[] args) {
        CommandArguments arguments = CommandArguments.parse(args);
        try (Connection connection = duckDb.getConnection()) {
            Path labels = Path.of(arguments.require("labels"));
            EvaluationReport report = Evaluation.evaluate(connection, labels);
            if (report.cleanJournals() + report.labelledJournals() == 0) {
                System.err.println("jaia: none of the " + report.unloadedJournals() + " labelled journals has a risk "
                        + "score; import the ledger the labels belong to (or run 'refresh') first");
                return 1;
            }
            System.out.print(report.format());
            return 0;
        }
        catch (Exception e) {
            System.err.println("jaia: evaluate failed: " + e.getMessage());
            return 1;
        }
    }

}
