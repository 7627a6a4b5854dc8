package com.jaia.intake;

import com.jaia.CommandArguments;
import com.jaia.CommandArguments.BadArguments;
import com.jaia.ExitCodes;
import com.jaia.JaiaCommand;
import com.jaia.loading.ImportRollback;
import com.jaia.loading.RollbackRefused;

import org.springframework.stereotype.Component;

/**
 * {@code rollback IMPORT_ID}: takes one import back (its rows and everything derived from them) and re-derives the
 * fiscal years it touched; exits 0 when done, 1 when the re-derivation failed, 2 on bad arguments, 4 when refused.
 */
@Component
record RollbackCommand(ImportRollback rollback) implements JaiaCommand {

    @Override
    public int run(CommandArguments arguments) {
        long importId;
        try {
            importId = Long.parseLong(arguments.single().strip().replaceFirst("^#", ""));
        }
        catch (NumberFormatException e) {
            throw new BadArguments("give the import id as the imports list shows it");
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
            return done.refreshStatus() == null || done.refreshStatus().equals("COMPLETED") ? ExitCodes.DONE
                    : ExitCodes.FAILED;
        }
        catch (RollbackRefused refused) {
            System.err.println("rollback refused: " + refused.getMessage());
            return ExitCodes.REFUSED;
        }
    }

}
