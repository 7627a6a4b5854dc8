package com.jaia.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.file.dsl.Files;
import org.springframework.integration.file.filters.AcceptOnceFileListFilter;
import org.springframework.integration.file.filters.ChainFileListFilter;
import org.springframework.integration.file.filters.LastModifiedFileListFilter;

/**
 * The watched folders (server mode only): one polling file adapter per folder, endpoint ids {@code inbox0},
 * {@code inbox1}, ... Files already there at start-up are picked up at the first poll.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jaia.mode", havingValue = "server", matchIfMissing = true)
class InboxConfiguration {

    @Bean
    FolderImports folderImports(ImportQueue importQueue) {
        return new FolderImports(importQueue, new InboxFiles(Clock.systemDefaultZone()));
    }

    /** Registers one flow per watched folder: poll, keep complete files that stopped changing, import, move. */
    @Bean
    InboxFlows inboxFlows(IntakeSettings settings, FolderImports folderImports, IntegrationFlowContext flows) {
        List<String> ids = new ArrayList<>();
        if (!settings.watch()) {
            return new InboxFlows(ids);
        }
        for (int i = 0; i < settings.inboxes().size(); i++) {
            Path inbox = settings.inboxes().get(i).toAbsolutePath();
            String id = "inbox" + i;
            AcceptOnceFileListFilter<java.io.File> seen = new AcceptOnceFileListFilter<>();
            ChainFileListFilter<java.io.File> complete = new ChainFileListFilter<>();
            complete.addFilters(new CompleteFiles(), new LastModifiedFileListFilter(settings.settleTime().toSeconds()),
                    seen);
            IntegrationFlow flow = IntegrationFlow
                .from(Files.inboundAdapter(inbox.toFile()).autoCreateDirectory(true).filter(complete),
                        adapter -> adapter.id(id)
                            .poller(Pollers.fixedDelay(settings.pollInterval()).maxMessagesPerPoll(-1)))
                .handle(java.io.File.class, (file, headers) -> {
                    folderImports.importFile(inbox, file.toPath(), "inbox")
                        .whenComplete((moved, failure) -> seen.remove(file));
                    return null;
                })
                .get();
            flows.registration(flow).id(id + "Flow").register();
            ids.add(id);
        }
        return new InboxFlows(ids);
    }

    /**
     * The ids of the registered inbox adapters.
     *
     * @param adapterIds one per watched folder, in the order of {@code jaia.intake.inboxes}
     */
    record InboxFlows(List<String> adapterIds) {
    }

}
