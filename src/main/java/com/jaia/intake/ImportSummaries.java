package com.jaia.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jaia.duckdb.DuckDb;
import com.jaia.loading.ImportLedger;
import com.jaia.rules.LedgerProfiles;
import com.jaia.rules.RuleOutcomeReports;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link ImportSummary} of an execution from the job repository, the {@code imports} ledger and what the
 * rules and reviews recorded for the import.
 */
@Component
public class ImportSummaries {

    private static final String BY_BAND = IntakeSql.read("import-journals-by-band.sql");

    private static final String TOP_RULES = IntakeSql.read("import-top-rules.sql");

    private static final String REVIEWS = IntakeSql.read("import-reviews.sql");

    private final ImportLedger ledger;

    private final LedgerProfiles profiles;

    private final RuleOutcomeReports outcomes;

    private final JdbcClient duckDb;

    private final String serverAddress;

    ImportSummaries(ImportLedger ledger, LedgerProfiles profiles, RuleOutcomeReports outcomes,
            @Qualifier(DuckDb.QUALIFIER) JdbcClient duckDb,
            @Value("http://${server.address:127.0.0.1}:${server.port:8001}") String serverAddress) {
        this.ledger = ledger;
        this.profiles = profiles;
        this.outcomes = outcomes;
        this.duckDb = duckDb;
        this.serverAddress = serverAddress;
    }

    public ImportSummary of(JobExecution execution) {
        long importId = execution.getJobInstance().getInstanceId();
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        return ImportSummary.of(execution, completed ? ledger.findById(importId) : Optional.empty(),
                ledger.rejectsByReason(importId), completed ? Optional.of(findings(importId)) : Optional.empty(),
                serverAddress);
    }

    ImportFindings findings(long importId) {
        Map<String, Long> bands = new LinkedHashMap<>();
        duckDb.sql(BY_BAND).param("importId", importId)
            .query((row, n) -> bands.put(row.getString("band"), row.getLong("journals"))).list();
        Map<String, Long> ordered = new LinkedHashMap<>();
        ImportFindings.BANDS.stream().filter(bands::containsKey).forEach(band -> ordered.put(band, bands.get(band)));
        bands.forEach(ordered::putIfAbsent);
        List<ImportFindings.RuleHits> rules = duckDb.sql(TOP_RULES).param("importId", importId).param("top", 5)
            .query((row, n) -> new ImportFindings.RuleHits(row.getString("rule_id"), row.getLong("hits"),
                    row.getLong("journals")))
            .list();
        Map<String, ImportFindings.Reviews> reviews = new LinkedHashMap<>();
        duckDb.sql(REVIEWS).param("importId", importId)
            .query((row, n) -> reviews.put(row.getString("status"),
                    new ImportFindings.Reviews(row.getLong("journals"), row.getString("reason"))))
            .list();
        return new ImportFindings(ordered, rules, reviews, profiles.ofImport(importId).orElse(null),
                outcomes.ofImport(importId).orElse(null));
    }

}
