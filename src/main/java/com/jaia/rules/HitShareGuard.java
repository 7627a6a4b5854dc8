package com.jaia.rules;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The self-calibration guard: a rule that hits more than {@code jaia.rules.max-hit-share} of the run's journals
 * describes the ledger rather than an anomaly in it. Its hits stay recorded as evidence, but with score 0 for the run,
 * and it is reported {@code non_discriminating} with its hit rate, unless {@code jaia.rules.always-weighted} names it.
 * Ledgers under {@link #MIN_JOURNALS} journals are too small to judge a share on.
 */
final class HitShareGuard {

    static final long MIN_JOURNALS = 200;

    private final RulesSettings settings;

    HitShareGuard(RulesSettings settings) {
        this.settings = settings;
    }

    /** Each outcome with its journal share; rules over the limit are silenced in {@code run_violations}. */
    List<RuleOutcome> apply(Connection duckDb, List<RuleOutcome> outcomes) throws SQLException {
        Map<String, Long> journalsHit = new HashMap<>();
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
            List<RuleOutcome> guarded = new ArrayList<>();
            for (RuleOutcome outcome : outcomes) {
                double share = journals == 0 ? 0 : journalsHit.getOrDefault(outcome.ruleId(), 0L) / (double) journals;
                RuleOutcome withShare = outcome.withShare(share);
                if (outcome.status().equals("ran") && journals >= MIN_JOURNALS && share > settings.maxHitShare()
                        && !settings.alwaysWeighted().contains(outcome.ruleId())) {
                    statement.execute("UPDATE run_violations SET score = 0 WHERE rule_id = "
                            + RuleSql.literal(outcome.ruleId()));
                    withShare = withShare.nonDiscriminating(String.format(Locale.ROOT,
                            "hit %.1f%% of journals, more than jaia.rules.max-hit-share (%.0f%%): it describes this "
                                    + "ledger, so it weighs 0 in this run (jaia.rules.always-weighted=%s keeps it)",
                            100 * share, 100 * settings.maxHitShare(), outcome.ruleId()));
                }
                guarded.add(withShare);
            }
            return guarded;
        }
    }

}
