package com.jaia.status;

import com.jaia.intake.ImportQueue;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code jaia.recovery.auto-restart=true}, restarts in the server every execution that start-up marked failed,
 * once the application is ready.
 */
@Component
@ConditionalOnProperty(name = "jaia.mode", havingValue = "server", matchIfMissing = true)
record RecoveryRestarts(StartupRecovery recovery, ImportQueue imports, RecoverySettings settings) {

    private static final Log log = LogFactory.getLog(RecoveryRestarts.class);

    @EventListener(ApplicationReadyEvent.class)
    void restartRecovered() {
        if (!settings.autoRestart()) {
            return;
        }
        for (JobExecution failed : recovery.recovered()) {
            try {
                long restarted = imports.restart(failed).execution().getId();
                log.info("job execution " + failed.getId() + " restarted as " + restarted);
            }
            catch (Exception e) {
                log.warn("could not restart job execution " + failed.getId() + ": " + e.getMessage());
            }
        }
    }

}
