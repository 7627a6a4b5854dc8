package com.jaia.intake;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;
import com.jaia.loading.ImportRollback;
import com.jaia.loading.RollbackRefused;

import org.springframework.stereotype.Component;

/**
 * {@code rollback IMPORT_ID}: takes one import back (its rows and everything derived from them) and re-derives the
 * fiscal years it touched; exits 0 when done, 1 when the re-derivation failed, 2 on bad arguments, 4 when refused.
 */
@Component
class RollbackCommand implements JaiaCommand {

    private static final String USAGE = "usage: rollback IMPORT_ID   (the import id as the imports list shows it)";

    private final ImportRollback rollback;

    RollbackCommand(ImportRollback rollback) {
        this.rollback = rollback;
    }

    @Override
    public String name() {
        return "rollback";
    }

    @Override
    public int run(String[] args) {
        CommandArguments arguments = CommandArguments.parse(args);
        long importId;
        try {
            if (arguments.positional().size() != 1) {
                throw new NumberFormatException();
            }
            importId = Long.parseLong(arguments.positional().get(0).strip().replaceFirst("^#", ""));
        }
        catch (NumberFormatException e) {
            System.err.println(USAGE);
            return 2;
        }
        try {
            ImportRollback.RolledBack done = rollback.rollback(importId);
            System.out.println("import #" + done.importId() + " (" + done.fileName() + ") rolled back: "
                    + done.linesRemoved() + " lines and " + done.rejectsRemoved() + " rejected rows removed"
                    + (done.businessUnits().isBlank() ? "" : " from business unit " + done.businessUnits())
                    + (done.fiscalYears().isBlank() ? "" : ", fiscal year " + done.fiscalYears()));
            if (done.refreshStatus() != null) {
                System.out.println("rules, scores and aggregates re-derived for fiscal year " + done.fiscalYears()
                        + ": " + done.refreshStatus());
            }
            return done.refreshStatus() == null || done.refreshStatus().equals("COMPLETED") ? 0 : 1;
        }
        catch (RollbackRefused refused) {
            System.err.println("rollback refused: " + refused.getMessage());
            return 4;
        }
    }

}
