package com.jaia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

@JaiaSpringTest
class ScheduleTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(ScheduleTests.class);

    @Autowired
    IntakeSchedules schedules;

    @Autowired
    @Qualifier("taskScheduler")
    TaskScheduler scheduler;

    @TempDir
    Path folder;

    @Test
    void sweepsAFolderOnAShortCronAndMovesWhatItImported() {
        Ledgers.write(folder.resolve("scheduled.csv"), UNIT, "CRON", 6);
        Ledgers.write(folder.resolve("later.csv.part"), UNIT, "CRONPART", 6);
        Sweep sweep = schedules.sweepOf(new IntakeSettings.Schedule("every-second", "* * * * * *", folder, null));
        ScheduledFuture<?> ticking = scheduler.schedule(sweep, new CronTrigger("* * * * * *"));
        try {
            Path processed = folder.resolve("processed").resolve(LocalDate.now().toString()).resolve("scheduled.csv");
            await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(processed));
            assertThat(folder.resolve("later.csv.part")).exists();
            await().atMost(Duration.ofSeconds(30)).until(() -> sweep.started() >= 2);
        }
        finally {
            ticking.cancel(false);
        }
    }

    @Test
    void refusesAScheduleWithNothingToSweep() {
        IntakeSettings.Schedule nothing = new IntakeSettings.Schedule("empty", "0 0 * * * *", null, null);
        assertThatThrownBy(() -> schedules.sweepOf(nothing)).hasMessageContaining("jaia.intake.schedules")
            .hasMessageContaining("empty");
    }

}
