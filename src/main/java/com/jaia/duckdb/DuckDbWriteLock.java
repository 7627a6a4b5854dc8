package com.jaia.duckdb;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.stereotype.Component;

/**
 * Serialises the steps that rewrite whole fiscal years of derived tables (rule results, scores, aggregates): DuckDB
 * lets concurrent transactions append side by side, but two that delete the same rows conflict and one fails.
 */
@Component
public class DuckDbWriteLock {

    private final ReentrantLock lock = new ReentrantLock(true);

    /** Runs the work while holding the lock. */
    public <T> T call(Callable<T> work) throws Exception {
        lock.lockInterruptibly();
        try {
            return work.call();
        }
        finally {
            lock.unlock();
        }
    }

    /** The tasklet, run while holding the lock; other guarded tasklets wait their turn. */
    public Tasklet guard(Tasklet tasklet) {
        return (contribution, chunkContext) -> {
            lock.lockInterruptibly();
            try {
                return tasklet.execute(contribution, chunkContext);
            }
            finally {
                lock.unlock();
            }
        };
    }

}
