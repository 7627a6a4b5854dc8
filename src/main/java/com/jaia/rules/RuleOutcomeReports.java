package com.jaia.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.jaia.duckdb.DuckDb;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the rules runs recorded about their calibration: each rule's outcome per ledger for the rules API, and a
 * run's non-discriminating rules and cap for the import summary.
 */
@Component
public class RuleOutcomeReports {

    private static final String LATEST_LEDGERS = JobsFiles.engineSql("latest-ledgers.sql");

    private static final String LEDGER_RULES = JobsFiles.engineSql("ledger-rules.sql");

    private static final String IMPORT_CALIBRATION = JobsFiles.engineSql("import-calibration.sql");

    private final JdbcClient duckDb;

    RuleOutcomeReports(@Qualifier(DuckDb.QUALIFIER) JdbcClient duckDb) {
        this.duckDb = duckDb;
    }

    /** The ledgers' latest outcomes, optionally of one business unit or fiscal year. */
    public List<LedgerRuleOutcomes> latest(String businessUnit, Integer fiscalYear) {
        List<LedgerRow> ledgers = duckDb.sql(LATEST_LEDGERS).param("businessUnit", businessUnit)
            .param("fiscalYear", fiscalYear)
            .query((row, n) -> ledger(row))
            .list();
        return ledgers.stream().map(this::withRules).toList();
    }

    /** A ledger of the latest run, before its rules are read, with the rules the run's settings kept weighted. */
    private record LedgerRow(LedgerRuleOutcomes ledger, Set<String> alwaysWeighted) {
    }

    private static LedgerRow ledger(ResultSet row) throws SQLException {
        return new LedgerRow(new LedgerRuleOutcomes(row.getString("business_unit_code"), row.getInt("fiscal_year"),
                row.getLong("run_id"), row.getTimestamp("finished_at") == null ? null
                        : row.getTimestamp("finished_at").toLocalDateTime(), row.getLong("journals"),
                nullableDouble(row, "max_hit_share"), row.getLong("run_journals"),
                new LedgerRuleOutcomes.RiskCap(nullableDouble(row, "max_flagged_share"), row.getLong("journals_flagged"),
                        row.getLong("journals_capped")), List.of()), alwaysWeighted(row.getString("always_weighted")));
    }

    private LedgerRuleOutcomes withRules(LedgerRow row) {
        LedgerRuleOutcomes ledger = row.ledger();
        List<LedgerRuleOutcomes.RuleResult> rules = duckDb.sql(LEDGER_RULES).param("runId", ledger.runId())
            .param("fiscalYear", ledger.fiscalYear()).param("businessUnit", ledger.businessUnit())
            .query((result, n) -> rule(result, ledger, row.alwaysWeighted()))
            .list();
        return new LedgerRuleOutcomes(ledger.businessUnit(), ledger.fiscalYear(), ledger.runId(), ledger.finishedAt(),
                ledger.journals(), ledger.maxHitShare(), ledger.runJournals(), ledger.riskCap(), rules);
    }

    private static LedgerRuleOutcomes.RuleResult rule(ResultSet row, LedgerRuleOutcomes ledger, Set<String> listed)
            throws SQLException {
        String ruleId = row.getString("rule_id");
        String status = row.getString("status");
        double runShare = row.getDouble("run_journal_share");
        long journalsHit = row.getLong("journals_hit");
        boolean overridden = status.equals("ran") && listed.contains(ruleId)
                && aboveLimit(runShare, ledger.maxHitShare(), ledger.runJournals());
        String reason = row.getString("reason");
        if (overridden) {
            reason = String.format(Locale.ROOT, "hit %.1f%% of the run's journals, more than jaia.rules.max-hit-share "
                    + "(%.0f%%), and stays weighted because jaia.rules.always-weighted names it", 100 * runShare,
                    100 * ledger.maxHitShare());
        }
        return new LedgerRuleOutcomes.RuleResult(ruleId, status.equals("ran") ? "weighted" : status, reason,
                row.getLong("hits"), journalsHit, ledger.journals() == 0 ? 0 : journalsHit / (double) ledger.journals(),
                runShare, listed.contains(ruleId), overridden);
    }

    /** The calibration of the latest rules run for the import, if the rules ran for it. */
    public Optional<RunCalibration> ofImport(long importId) {
        List<CalibrationRow> rows = duckDb.sql(IMPORT_CALIBRATION).param("importId", importId)
            .query((row, n) -> new CalibrationRow(row.getLong("run_id"), nullableDouble(row, "max_hit_share"),
                    row.getString("always_weighted"), nullableDouble(row, "max_flagged_share"),
                    row.getLong("journals_capped"), row.getString("rule_id"), row.getString("status"),
                    row.getDouble("journal_share"), row.getLong("run_journals")))
            .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CalibrationRow first = rows.get(0);
        Set<String> listed = alwaysWeighted(first.alwaysWeighted());
        List<RunCalibration.RuleShare> guarded = new ArrayList<>();
        List<RunCalibration.RuleShare> kept = new ArrayList<>();
        for (CalibrationRow row : rows) {
            if (row.status().equals("non_discriminating")) {
                guarded.add(new RunCalibration.RuleShare(row.ruleId(), row.journalShare()));
            }
            else if (row.status().equals("ran") && listed.contains(row.ruleId())
                    && aboveLimit(row.journalShare(), row.maxHitShare(), row.runJournals())) {
                kept.add(new RunCalibration.RuleShare(row.ruleId(), row.journalShare()));
            }
        }
        return Optional.of(new RunCalibration(first.runId(), first.maxHitShare(), List.copyOf(guarded),
                List.copyOf(kept), first.maxFlaggedShare(), first.journalsCapped()));
    }

    private record CalibrationRow(long runId, Double maxHitShare, String alwaysWeighted, Double maxFlaggedShare,
            long journalsCapped, String ruleId, String status, double journalShare, long runJournals) {
    }

    private static boolean aboveLimit(double share, Double limit, long runJournals) {
        return limit != null && runJournals >= HitShareGuard.MIN_JOURNALS && share > limit;
    }

    private static Set<String> alwaysWeighted(String listed) {
        return listed == null ? Set.of() : Arrays.stream(listed.split(",")).map(String::trim)
            .filter(id -> !id.isEmpty()).collect(Collectors.toSet());
    }

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

}
