package com.jaia.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tells whoever launched a job asynchronously when its execution has ended: a future per execution id, completed with
 * the execution once the job's other listeners have run (it orders itself first among a job's listeners, so it is the
 * last one called after the job). An ended execution nobody asked about is forgotten after a while: a
 * synchronous launch never asks.
 */
@Component
public class JobCompletions implements JobExecutionListener, Ordered {

    private static final Duration UNCLAIMED = Duration.ofMinutes(10);

    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();

    /**
     * The future of an execution's end; ask once per execution launched, right after launching it (it may already
     * have ended).
     */
    public CompletableFuture<JobExecution> of(long jobExecutionId) {
        CompletableFuture<JobExecution> ended = pending.computeIfAbsent(jobExecutionId, id -> new Pending()).ended;
        return ended.whenComplete((execution, failure) -> pending.remove(jobExecutionId));
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        long now = System.nanoTime();
        pending.values().removeIf(entry -> entry.ended.isDone() && now - entry.created > UNCLAIMED.toNanos());
        pending.computeIfAbsent(jobExecution.getId(), id -> new Pending()).ended.complete(jobExecution);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static final class Pending {

        private final long created = System.nanoTime();

        private final CompletableFuture<JobExecution> ended = new CompletableFuture<>();

    }

}
