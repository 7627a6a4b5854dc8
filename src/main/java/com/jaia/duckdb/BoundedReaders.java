package com.jaia.duckdb;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The DuckDB pool as the API's reads see it: at most {@code concurrency} connections out at once, the others waiting
 * in arrival order; a connection's turn ends when it is closed (returned to the pool).
 */
class BoundedReaders extends DelegatingDataSource {

    private final Semaphore turns;

    private final DuckDbReaderSettings settings;

    BoundedReaders(DataSource pool, DuckDbReaderSettings settings) {
        super(pool);
        this.settings = settings;
        this.turns = new Semaphore(settings.concurrency(), true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            if (!turns.tryAcquire(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLTransientConnectionException("all " + settings.concurrency() + " DuckDB readers stayed busy "
                        + "for " + settings.maxWait().toSeconds() + " s; try again later");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("interrupted while waiting for a DuckDB reader", e);
        }
        Connection connection;
        try {
            connection = super.getConnection();
        }
        catch (SQLException | RuntimeException e) {
            turns.release();
            throw e;
        }
        AtomicBoolean released = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && released.compareAndSet(false, true)) {
                        try {
                            return method.invoke(connection, args);
                        }
                        catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        finally {
                            turns.release();
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    }
                    catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

}
