package com.jaia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class SweepTests {

    @Test
    void skipsATickWhileThePreviousRunIsStillGoing() {
        CompletableFuture<Void> running = new CompletableFuture<>();
        Sweep sweep = new Sweep("nightly", () -> List.of(running));
        sweep.run();
        sweep.run();
        sweep.run();
        assertThat(sweep.started()).isEqualTo(1);
        assertThat(sweep.skipped()).isEqualTo(2);
        running.complete(null);
        sweep.run();
        assertThat(sweep.started()).isEqualTo(2);
    }

    @Test
    void runsAgainAfterARunThatStartedNothing() {
        Sweep sweep = new Sweep("empty", List::of);
        sweep.run();
        sweep.run();
        assertThat(sweep.started()).isEqualTo(2);
        assertThat(sweep.skipped()).isZero();
    }

}
