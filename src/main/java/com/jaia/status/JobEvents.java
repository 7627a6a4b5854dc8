package com.jaia.status;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.jaia.observability.ProgressBoard;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams an execution as server-sent events: {@code progress} (the whole job detail) at a fixed interval while it
 * runs, then one {@code end}; and a {@code step} event ({@link StepEvent}) each time a step reports progress, starting
 * with the latest report of each step that reported before the client connected.
 */
@Component
class JobEvents implements DisposableBean {

    private final JobDetails details;

    private final StatusSettings settings;

    private final ProgressBoard board;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "job-events");
        thread.setDaemon(true);
        return thread;
    });

    JobEvents(JobDetails details, StatusSettings settings, ProgressBoard board) {
        this.details = details;
        this.settings = settings;
        this.board = board;
    }

    SseEmitter follow(long id) {
        SseEmitter emitter = new SseEmitter(0L);
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        AtomicReference<AutoCloseable> subscription = new AtomicReference<>();
        Runnable stop = () -> {
            cancel(task);
            close(subscription);
        };
        long interval = settings.eventInterval().toMillis();
        ticker.execute(() -> {
            board.of(id).values().forEach(report -> sendStep(emitter, report, stop));
            subscription.set(board.subscribe(report -> {
                if (report.jobExecutionId() == id) {
                    ticker.execute(() -> sendStep(emitter, report, stop));
                }
            }));
            task.set(ticker.scheduleWithFixedDelay(() -> send(id, emitter, stop), 0, interval, TimeUnit.MILLISECONDS));
        });
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(failure -> stop.run());
        return emitter;
    }

    private void send(long id, SseEmitter emitter, Runnable stop) {
        try {
            JobDetail detail = details.describe(id);
            if (detail.running()) {
                emitter.send(SseEmitter.event().name("progress").id(Long.toString(System.nanoTime())).data(detail));
                for (StepDetail step : detail.steps()) {
                    // the validation step's progress is read from its partitions' checkpoints, not reported
                    if (step.progress() != null && "lines".equals(step.progress().unit())) {
                        emitter.send(SseEmitter.event().name("step")
                            .data(new StepEvent(detail.id(), step.name(), step.progress())));
                    }
                }
            }
            else {
                emitter.send(SseEmitter.event().name("end").data(detail));
                emitter.complete();
                stop.run();
            }
        }
        catch (IOException | RuntimeException gone) {
            emitter.completeWithError(gone);
            stop.run();
        }
    }

    private static void sendStep(SseEmitter emitter, ProgressBoard.StepReport report, Runnable stop) {
        try {
            emitter.send(SseEmitter.event().name("step").data(StepEvent.of(report)));
        }
        catch (IOException | RuntimeException gone) {
            emitter.completeWithError(gone);
            stop.run();
        }
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> running = task.get();
        if (running != null) {
            running.cancel(false);
        }
    }

    private static void close(AtomicReference<AutoCloseable> subscription) {
        AutoCloseable open = subscription.getAndSet(null);
        if (open != null) {
            try {
                open.close();
            }
            catch (Exception ignored) {
                // removing a subscriber from a list does not fail
            }
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }

    /**
     * One step's progress as a {@code step} event.
     *
     * @param jobExecutionId the job execution
     * @param step the step name
     * @param progress how far it is
     */
    record StepEvent(long jobExecutionId, String step, StepDetail.Progress progress) {

        static StepEvent of(ProgressBoard.StepReport report) {
            return new StepEvent(report.jobExecutionId(), report.step(), StepDetail.Progress.of(report));
        }

    }

}
