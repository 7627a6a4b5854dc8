package com.jaia.intake;

import java.util.concurrent.CompletableFuture;

import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded pool that runs imports in server mode: {@code MAX_WORKERS} threads and an unbounded queue behind them.
 * Every task it accepts gets a future that completes when the task has run; the thread that submitted the task can
 * take that future right after submitting, which is how a job operator's asynchronous launch becomes awaitable.
 */
class ImportWorkers implements TaskExecutor, AutoCloseable {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    private final ThreadLocal<CompletableFuture<Void>> lastSubmitted = new ThreadLocal<>();

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
        CompletableFuture<Void> done = new CompletableFuture<>();
        lastSubmitted.set(done);
        pool.execute(() -> {
            try {
                task.run();
                done.complete(null);
            }
            catch (RuntimeException | Error failure) {
                done.completeExceptionally(failure);
                throw failure;
            }
        });
    }

    /** The future of the last task this thread submitted, or null when it submitted none since the last take. */
    CompletableFuture<Void> takeLastSubmitted() {
        CompletableFuture<Void> done = lastSubmitted.get();
        lastSubmitted.remove();
        return done;
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
