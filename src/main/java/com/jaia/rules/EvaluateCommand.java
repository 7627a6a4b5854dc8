package com.jaia.rules;

import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;

/**
 * {@code evaluate --labels=PATH}: prints recall per injected pattern and overall, and the false-positive rate, of the
 * stored risk scores against a generator's labels file.
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
                System.err.println("jaia: no risk scores yet; run an import or 'refresh' first");
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
