package com.jaia.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Starts the configured cron sweeps and the S3 watch when the server starts, and cancels them when it stops.
 */
class IntakeSchedules implements SmartLifecycle {

    private final IntakeSettings settings;

    private final FolderSweep folders;

    private final S3Imports s3;

    private final TaskScheduler scheduler;

    private final List<Sweep> sweeps = new ArrayList<>();

    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

    private final Uploads uploads;

    IntakeSchedules(IntakeSettings settings, FolderSweep folders, S3Imports s3, Uploads uploads,
            TaskScheduler scheduler) {
        this.settings = settings;
        this.uploads = uploads;
        this.folders = folders;
        this.s3 = s3;
        this.scheduler = scheduler;
    }

    /** The sweep a schedule runs: its folder, else its S3 prefix. */
    Sweep sweepOf(IntakeSettings.Schedule schedule) {
        if (schedule.folder() != null) {
            return new Sweep(schedule.name(), () -> folders.sweep(schedule.folder().toAbsolutePath()));
        }
        if (schedule.s3Uri() != null && !schedule.s3Uri().isBlank()) {
            S3Location prefix = S3Location.parse(schedule.s3Uri());
            return new Sweep(schedule.name(), () -> s3.sweep(prefix));
        }
        throw new IllegalStateException("jaia.intake.schedules: schedule '" + schedule.name()
                + "' needs a folder or an s3-uri");
    }

    @Override
    public synchronized void start() {
        scheduled.add(scheduler.scheduleWithFixedDelay(() -> uploads.removeExpired(settings.uploadRetention()),
                Duration.ofHours(1)));
        for (IntakeSettings.Schedule schedule : settings.schedules()) {
            Sweep sweep = sweepOf(schedule);
            sweeps.add(sweep);
            scheduled.add(scheduler.schedule(sweep, new CronTrigger(schedule.cron())));
        }
        if (settings.s3().enabled()) {
            S3Location prefix = new S3Location(settings.s3().bucket(), settings.s3().prefix());
            Sweep watch = new Sweep("s3-watch", () -> s3.sweep(prefix));
            sweeps.add(watch);
            scheduled.add(scheduler.scheduleWithFixedDelay(watch, settings.pollInterval()));
        }
    }

    @Override
    public synchronized void stop() {
        scheduled.forEach(task -> task.cancel(false));
        scheduled.clear();
        sweeps.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !scheduled.isEmpty();
    }

    /** The sweeps now scheduled. */
    synchronized List<Sweep> sweeps() {
        return List.copyOf(sweeps);
    }

}
