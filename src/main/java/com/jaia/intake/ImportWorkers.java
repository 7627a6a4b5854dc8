package com.jaia.intake;

import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded pool that runs imports in server mode: {@code MAX_WORKERS} threads and an unbounded queue behind them.
 */
class ImportWorkers implements TaskExecutor, AutoCloseable {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    ImportWorkers(int maxWorkers) {
        pool.setCorePoolSize(maxWorkers);
        pool.setMaxPoolSize(maxWorkers);
        pool.setThreadNamePrefix("import-");
        // the job runs in the trace of the request (or sweep) that queued it
        pool.setTaskDecorator(new ContextPropagatingTaskDecorator());
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.initialize();
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** Imports running now. */
    int active() {
        return pool.getActiveCount();
    }

    /** Imports waiting for a worker. */
    int queued() {
        return pool.getQueueSize();
    }

    @Override
    public void close() {
        pool.shutdown();
    }

}
