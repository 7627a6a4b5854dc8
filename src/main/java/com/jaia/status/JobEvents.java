package com.jaia.status;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams an execution's state as server-sent events ({@code progress} while it runs, then one {@code end}) by
 * re-reading it from the job repository at a fixed interval.
 */
@Component
class JobEvents implements DisposableBean {

    private final JobDetails details;

    private final StatusSettings settings;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "job-events");
        thread.setDaemon(true);
        return thread;
    });

    JobEvents(JobDetails details, StatusSettings settings) {
        this.details = details;
        this.settings = settings;
    }

    SseEmitter follow(long id) {
        SseEmitter emitter = new SseEmitter(0L);
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        long interval = settings.eventInterval().toMillis();
        task.set(ticker.scheduleWithFixedDelay(() -> send(id, emitter, task), 0, interval, TimeUnit.MILLISECONDS));
        emitter.onCompletion(() -> cancel(task));
        emitter.onTimeout(() -> cancel(task));
        emitter.onError(failure -> cancel(task));
        return emitter;
    }

    private void send(long id, SseEmitter emitter, AtomicReference<ScheduledFuture<?>> task) {
        try {
            JobDetail detail = details.describe(id);
            if (detail.running()) {
                emitter.send(SseEmitter.event().name("progress").id(Long.toString(System.nanoTime())).data(detail));
            }
            else {
                emitter.send(SseEmitter.event().name("end").data(detail));
                emitter.complete();
                cancel(task);
            }
        }
        catch (IOException | RuntimeException gone) {
            emitter.completeWithError(gone);
            cancel(task);
        }
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> running = task.get();
        if (running != null) {
            running.cancel(false);
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }

}
