package com.jaia.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

import com.jaia.duckdb.SqlScript;
import com.jaia.observability.Phases;
import com.jaia.validation.ValidatedFile;

/**
 * Loads an import's staged files into DuckDB in one transaction: valid lines into {@code journal_entries}, rejected
 * rows into {@code rejected_rows}, then whole journals that cannot load (duplicates, already loaded, with a rejected
 * line, unbalanced) moved out, and the {@code imports} ledger row written last. Whatever point the process dies at,
 * the transaction is either all there or not there, and a ledger row means the load is done.
 */
class JournalLoader {

    /** The staging files' column types, fixed by the validation step: the part of the scripts that is not a value. */
    private static final Map<String, String> COLUMNS = Map.of("line_columns", ValidatedFile.LINE_COLUMNS,
            "reject_columns", ValidatedFile.REJECT_COLUMNS);

    private final DataSource duckDb;

    JournalLoader(DataSource duckDb) {
        this.duckDb = duckDb;
    }

    /**
     * Loads the import unless the ledger already has it; returns the ledger row either way. Loads run one at a time
     * in this process: each checks which journals earlier imports hold, which a concurrent load would not see yet.
     */
    synchronized void load(LoadRequest request) throws SQLException, IOException {
        load(request, () -> false, Phases.NONE);
    }

    /**
     * The same, honouring a stop request between statements and during a running one (the transaction is then rolled
     * back and {@link LoadStopped} thrown), and telling {@code phases} which statement runs.
     */
    synchronized void load(LoadRequest request, BooleanSupplier stopRequested, Phases phases)
            throws SQLException, IOException {
        try (Connection connection = duckDb.getConnection()) {
            if (alreadyLoaded(connection, request.importId())) {
                return;
            }
            Path rawLines = Files.createDirectories(request.workDir()).resolve("rejected-journal-lines.csv");
            Map<String, Object> variables = LoadVariables.of(request);
            variables.put("raw_lines", rawLines.toAbsolutePath().toString());
            try (SqlScript.Variables bound = SqlScript.variables(connection, variables)) {
                load(connection, request, rawLines, stopRequested, phases);
            }
        }
    }

    private static void load(Connection connection, LoadRequest request, Path rawLines, BooleanSupplier stopRequested,
            Phases phases) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
                StoppableStatements statements = new StoppableStatements(statement, stopRequested)) {
            List<String> load = SqlScript.statements(SqlScript.read("db/load/load-journal.sql"), COLUMNS);
            int steps = load.size() + 3;
            int at = 0;
            for (String sql : load) {
                phases.at(Phases.of(sql), ++at, steps);
                statements.execute(sql);
            }
            phases.at("write the raw lines of rejected journals", ++at, steps);
            RawLineWriter.write(rejectedOffsets(statement), request, rawLines);
            phases.at("record the rejects and the imports ledger row", ++at, steps);
            for (String sql : SqlScript.statements(SqlScript.read("db/load/finish-load.sql"), Map.of())) {
                statements.execute(sql);
            }
            phases.at("reconcile and commit", ++at, steps);
            long accounted = accounted(connection, request.importId());
            if (accounted != request.rowsRead()) {
                throw new IllegalStateException("the load does not reconcile: " + request.rowsRead()
                        + " records were read but " + accounted + " rows were loaded or rejected");
            }
            statement.execute("DROP TABLE IF EXISTS load_duplicate_lines; DROP TABLE IF EXISTS "
                    + "load_journal_problems; DROP TABLE IF EXISTS load_rejected_lines; "
                    + "DROP TABLE IF EXISTS load_replaced_journals");
            statements.checkStop();
        }
        catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static boolean alreadyLoaded(Connection connection, long importId) throws SQLException {
        return SqlScript.single(connection, "SELECT count(*) FROM imports WHERE import_id = ?", importId) > 0;
    }

    private static List<long[]> rejectedOffsets(Statement statement) throws SQLException {
        List<long[]> offsets = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "SELECT source_line_number, source_offset FROM load_rejected_lines ORDER BY source_offset")) {
            while (rs.next()) {
                offsets.add(new long[] { rs.getLong(1), rs.getLong(2) });
            }
        }
        return offsets;
    }

    private static long accounted(Connection connection, long importId) throws SQLException {
        return SqlScript.single(connection, "SELECT rows_loaded + rows_rejected FROM imports WHERE import_id = ?",
                importId);
    }

}
