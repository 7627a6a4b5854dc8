package com.jaia.rules;

import com.jaia.problems.PlainReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(EvaluateCommand.class);


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
            log.error("evaluate failed", e);
            System.err.println("jaia: evaluate failed: " + PlainReason.of(e) + " (the details are in the log)");
            return 1;
        }
    }

}
