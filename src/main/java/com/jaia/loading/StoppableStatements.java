package com.jaia.loading;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs a transaction's statements so that a stop request is honoured within about a second: checked before every
 * statement, and a statement still running when the request comes is cancelled. The caller rolls back on
 * {@link LoadStopped}.
 */
final class StoppableStatements implements AutoCloseable {

    private final Statement statement;

    private final BooleanSupplier stopRequested;

    private final ScheduledExecutorService watcher;

    private volatile boolean stopped;

    StoppableStatements(Statement statement, BooleanSupplier stopRequested) {
        this.statement = statement;
        this.stopRequested = stopRequested;
        this.watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "load-stop-watch");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::cancelIfRequested, 500, 500, TimeUnit.MILLISECONDS);
    }

    /** Executes one statement, unless a stop was requested. */
    void execute(String sql) throws SQLException {
        checkStop();
        try {
            statement.execute(sql);
        }
        catch (SQLException e) {
            if (stopped) {
                throw new LoadStopped();
            }
            throw e;
        }
        checkStop();
    }

    /** Throws {@link LoadStopped} when a stop was requested. */
    void checkStop() {
        if (stopped || stopRequested.getAsBoolean()) {
            stopped = true;
            throw new LoadStopped();
        }
    }

    private void cancelIfRequested() {
        if (!stopped && stopRequested.getAsBoolean()) {
            stopped = true;
            try {
                statement.cancel();
            }
            catch (SQLException | RuntimeException e) {
                // the statement ended meanwhile: the next check stops the load
            }
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }

}
