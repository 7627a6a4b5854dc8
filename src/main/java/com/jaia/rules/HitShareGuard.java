package com.jaia.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.jaia.duckdb.SqlScript;

/**
 * The self-calibration guard: a rule that hits more than {@code jaia.rules.max-hit-share} of the run's journals
 * describes the ledger rather than an anomaly in it. Its hits stay recorded as evidence, but with score 0 for the run,
 * and it is reported {@code non_discriminating} with its hit rate, unless {@code jaia.rules.always-weighted} names it.
 * The same holds within each ledger of the run (fiscal year and business unit): a rule over the share in one of them, a
 * prior year's one-week stub say, weighs 0 there only, and its reason says where. Ledgers under {@link #MIN_JOURNALS}
 * journals are too small to judge a share on.
 */
record HitShareGuard(RulesSettings settings) {

    static final long MIN_JOURNALS = 200;

    /** One ledger of the run over the share for a rule. */
    private record Ledger(int fiscalYear, String businessUnit, double share) {

        String describe() {
            return String.format(Locale.ROOT, "fiscal year %d%s (%.1f%%)", fiscalYear,
                    businessUnit == null ? "" : " of " + businessUnit, 100 * share);
        }

    }

    /** Each outcome with its journal share; rules over the limit are silenced in {@code run_violations}. */
    List<RuleOutcome> apply(Connection duckDb, List<RuleOutcome> outcomes) throws SQLException {
        Map<String, Long> journalsHit = new HashMap<>();
        Map<String, List<Ledger>> overInLedgers = new HashMap<>();
        long journals;
        try (Statement statement = duckDb.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT rule_id, count(DISTINCT (fiscal_year, "
                    + "business_unit_code, journal_id)) FROM run_violations GROUP BY rule_id")) {
                while (rows.next()) {
                    journalsHit.put(rows.getString(1), rows.getLong(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM rule_journals")) {
                rows.next();
                journals = rows.getLong(1);
            }
            try (PreparedStatement over = duckDb.prepareStatement(SqlScript.read("com/jaia/rules/over-hit-share.sql"))) {
                over.setLong(1, MIN_JOURNALS);
                over.setDouble(2, settings.maxHitShare());
                try (ResultSet rows = over.executeQuery()) {
                    while (rows.next()) {
                        overInLedgers.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                            .add(new Ledger(rows.getInt(2), rows.getString(3), rows.getDouble(4)));
                    }
                }
            }
            List<RuleOutcome> guarded = new ArrayList<>();
            for (RuleOutcome outcome : outcomes) {
                double share = journals == 0 ? 0 : journalsHit.getOrDefault(outcome.ruleId(), 0L) / (double) journals;
                RuleOutcome withShare = outcome.withShare(share);
                boolean counts = outcome.status().equals("ran")
                        && !settings.alwaysWeighted().contains(outcome.ruleId());
                if (counts && journals >= MIN_JOURNALS && share > settings.maxHitShare()) {
                    SqlScript.update(duckDb, "UPDATE run_violations SET score = 0 WHERE rule_id = ?", outcome.ruleId());
                    withShare = withShare.nonDiscriminating(String.format(Locale.ROOT,
                            "hit %.1f%% of journals, more than jaia.rules.max-hit-share (%.0f%%): it describes this "
                                    + "ledger, so it weighs 0 in this run (jaia.rules.always-weighted=%s keeps it)",
                            100 * share, 100 * settings.maxHitShare(), outcome.ruleId()));
                }
                else if (counts && overInLedgers.containsKey(outcome.ruleId())) {
                    List<Ledger> over = overInLedgers.get(outcome.ruleId());
                    silence(duckDb, outcome.ruleId(), over);
                    withShare = withShare.withReason(String.format(Locale.ROOT,
                            "weighs 0 in %s: it hit more than jaia.rules.max-hit-share (%.0f%%) of the journals there "
                                    + "(jaia.rules.always-weighted=%s keeps it)",
                            over.stream().map(Ledger::describe).collect(Collectors.joining(", ")),
                            100 * settings.maxHitShare(), outcome.ruleId()));
                }
                guarded.add(withShare);
            }
            return guarded;
        }
    }

    private static void silence(Connection duckDb, String ruleId, List<Ledger> ledgers) throws SQLException {
        try (PreparedStatement update = duckDb.prepareStatement("UPDATE run_violations SET score = 0 WHERE rule_id = ? "
                + "AND fiscal_year = ? AND business_unit_code IS NOT DISTINCT FROM ?")) {
            for (Ledger ledger : ledgers) {
                update.setString(1, ruleId);
                update.setInt(2, ledger.fiscalYear());
                update.setString(3, ledger.businessUnit());
                update.executeUpdate();
            }
        }
    }

}
