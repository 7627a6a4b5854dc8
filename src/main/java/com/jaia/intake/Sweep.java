package com.jaia.intake;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One recurring sweep (a cron schedule or the S3 watch) that never overlaps itself: a tick that comes while the
 * imports of the previous run are still going is skipped.
 */
class Sweep implements Runnable {

    private static final Log log = LogFactory.getLog(Sweep.class);

    private final String name;

    private final Supplier<List<CompletableFuture<?>>> run;

    private final AtomicReference<CompletableFuture<Void>> current = new AtomicReference<>();

    private final AtomicInteger started = new AtomicInteger();

    private final AtomicInteger skipped = new AtomicInteger();

    Sweep(String name, Supplier<List<CompletableFuture<?>>> run) {
        this.name = name;
        this.run = run;
    }

    @Override
    public void run() {
        CompletableFuture<Void> previous = current.get();
        if (previous != null && !previous.isDone()) {
            skipped.incrementAndGet();
            log.info("schedule " + name + ": previous run still going, this tick is skipped");
            return;
        }
        started.incrementAndGet();
        try {
            List<CompletableFuture<?>> imports = run.get();
            current.set(CompletableFuture.allOf(imports.toArray(CompletableFuture[]::new)));
        }
        catch (RuntimeException failure) {
            log.warn("schedule " + name + " failed", failure);
        }
    }

    String name() {
        return name;
    }

    /** Runs that started. */
    int started() {
        return started.get();
    }

    /** Ticks skipped because the previous run was still going. */
    int skipped() {
        return skipped.get();
    }

}
