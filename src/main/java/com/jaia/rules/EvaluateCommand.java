package com.jaia.rules;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.jaia.CommandArguments;
import com.jaia.ExitCodes;
import com.jaia.JaiaCommand;

/**
 * {@code evaluate --labels=PATH}: prints recall, false-positive share and ROC AUC of the stored journal risk scores
 * against a generator's labels file, overall and per injected pattern, each rule's hit rate, and a warning for labelled
 * journals that were never loaded.
 */
record EvaluateCommand(DataSource duckDb) implements JaiaCommand {

    @Override
    public int run(CommandArguments arguments) throws SQLException {
        Path labels = Path.of(arguments.require("labels"));
        try (Connection connection = duckDb.getConnection()) {
            EvaluationReport report = Evaluation.evaluate(connection, labels);
            if (report.cleanJournals() + report.labelledJournals() == 0) {
                System.err.println("jaia: none of the " + report.unloadedJournals() + " labelled journals has a risk "
                        + "score; import the ledger the labels belong to (or run 'refresh') first");
                return ExitCodes.FAILED;
            }
            System.out.print(report.format());
            return ExitCodes.DONE;
        }
    }

}
