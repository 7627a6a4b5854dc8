package com.jaia.review;

import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Retries deferred reviews on the server's schedule ({@code jaia.review.retry-cron}, hourly by default); a tick does
 * nothing while no provider is configured, every provider's circuit is open, nothing is deferred or a retry runs.
 */
class ReviewRetrySchedule implements SmartLifecycle {

    /** What one tick did. */
    enum Tick {
        NO_PROVIDER, PROVIDERS_UNAVAILABLE, NOTHING_DEFERRED, RETRY_RUNNING, STARTED
    }

    private static final Logger log = LoggerFactory.getLogger(ReviewRetrySchedule.class);

    private final DeferredReviews deferred;

    private final TaskScheduler scheduler;

    private final String cron;

    private ScheduledFuture<?> scheduled;

    ReviewRetrySchedule(DeferredReviews deferred, TaskScheduler scheduler, String cron) {
        this.deferred = deferred;
        this.scheduler = scheduler;
        this.cron = cron;
    }

    Tick tick() {
        try {
            if (deferred.count(ReviewScope.all()) == 0) {
                return Tick.NOTHING_DEFERRED;
            }
            if (deferred.isRunning()) {
                return Tick.RETRY_RUNNING;
            }
            if (!deferred.providersAvailable()) {
                log.info("deferred reviews wait: no LLM provider takes calls now (every circuit is open)");
                return Tick.PROVIDERS_UNAVAILABLE;
            }
            ReviewRetry retry = deferred.start(ReviewScope.all(), "schedule");
            log.info("scheduled retry of {} deferred reviews started (job execution {})", retry.journals(),
                    retry.jobExecutionId());
            return Tick.STARTED;
        }
        catch (NoLlmProvider e) {
            return Tick.NO_PROVIDER;
        }
        catch (ReviewRetryRunning e) {
            return Tick.RETRY_RUNNING;
        }
        catch (RuntimeException e) {
            log.warn("the scheduled retry of deferred reviews could not start", e);
            return Tick.PROVIDERS_UNAVAILABLE;
        }
    }

    @Override
    public synchronized void start() {
        scheduled = scheduler.schedule(this::tick, new CronTrigger(cron));
    }

    @Override
    public synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduled != null;
    }

}
