package com.jaia.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.jaia.duckdb.SqlScript;
import com.jaia.observability.Phases;
import com.jaia.pipeline.FiscalYears;
import com.jaia.pipeline.JobFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rule catalogue over the ledgers given (business unit and fiscal year) and replaces their
 * {@code rule_violations} and {@code risk_scores} in one DuckDB transaction per business unit; other ledgers, and the
 * runs that scored them, are left as they are.
 */
public final class AuditRules {

    private static final Logger log = LoggerFactory.getLogger(AuditRules.class);

    /** The rules' own inputs, no longer needed once the rules have run. */
    private static final List<String> RULE_INPUTS = List.of("rule_journals", "rule_descriptions", "rule_amount_digits");

    static final String RUN_VIOLATIONS = "CREATE OR REPLACE TEMP TABLE run_violations (gl_detail_id VARCHAR, "
            + "journal_id VARCHAR, fiscal_year INTEGER, business_unit_code VARCHAR, rule_id VARCHAR, category VARCHAR, "
            + "severity VARCHAR, score DOUBLE, message VARCHAR)";

    /** The ML status of a run that neither scored nor was told of a scoring: {@code ml_scores} is used as it is. */
    static final String EXISTING_ML_SCORES = "not available: the scores already stored are used";

    private final Supplier<RuleCatalogue> catalogue;

    private final ReferenceData referenceData;

    private final RulesSettings settings;

    private final RiskSettings risk;

    private final JobFiles files;

    AuditRules(Supplier<RuleCatalogue> catalogue, JobFiles files, RulesSettings settings, RiskSettings risk) {
        this.catalogue = catalogue;
        this.referenceData = new ReferenceData(files);
        this.settings = settings;
        this.risk = risk;
        this.files = files;
    }

    /** The catalogue as it reads now, with configuration overrides applied. */
    public RuleCatalogue catalogue() {
        return catalogue.get();
    }

    /**
     * Runs every enabled rule for an import (null when none), telling {@code progress} how many rules of how many are
     * done and what runs now; {@code mlStatus} says whether {@code ml_scores} holds fresh scores of these years
     * ({@code scored}, see {@link MlScoring}).
     */
    public AuditRunSummary run(Connection duckDb, List<Integer> fiscalYears, String trigger, Long importId,
            String mlStatus, Phases progress) throws SQLException {
        return run(duckDb, fiscalYears, null, trigger, importId, mlStatus, rule -> true, progress);
    }

    /**
     * Runs every enabled rule over the ledgers of {@code scope} that hold lines, one run per business unit (its ledgers'
     * populations are its own), so that a business unit outside the scope keeps its results and its run; see
     * {@link #run(Connection, List, String, Long, String, Phases)}. Empty when the scope holds no lines.
     */
    public List<AuditRunSummary> run(Connection duckDb, FiscalYears scope, String trigger, Long importId,
            String mlStatus, Phases progress) throws SQLException {
        List<AuditRunSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> unit : ScopeLedgers.byBusinessUnit(duckDb, scope).entrySet()) {
            summaries.add(run(duckDb, unit.getValue(), unit.getKey(), trigger, importId, mlStatus, rule -> true,
                    progress));
        }
        return summaries;
    }

    /** Runs every enabled rule over whatever {@code ml_scores} already holds. */
    AuditRunSummary run(Connection duckDb, List<Integer> fiscalYears, String trigger) throws SQLException {
        return run(duckDb, fiscalYears, trigger, rule -> true);
    }

    /** Runs the selected rules over whatever {@code ml_scores} already holds. */
    AuditRunSummary run(Connection duckDb, List<Integer> fiscalYears, String trigger, Predicate<Rule> selected)
            throws SQLException {
        return run(duckDb, fiscalYears, null, trigger, null, EXISTING_ML_SCORES, selected, Phases.NONE);
    }

    /**
     * One run over the fiscal years of one business unit ({@code ""}: lines without one), or of every business unit
     * together when {@code businessUnit} is null. The rules' SQL reads the scope from the session variables bound here.
     */
    private AuditRunSummary run(Connection duckDb, List<Integer> fiscalYears, String businessUnit, String trigger,
            Long importId, String mlStatus, Predicate<Rule> selected, Phases progress) throws SQLException {
        try (SqlScript.Variables bound = SqlScript.variables(duckDb, Map.of("run_fiscal_years", fiscalYears,
                "run_all_units", businessUnit == null, "run_business_unit", businessUnit == null ? "" : businessUnit));
                RuleVariables variables = new RuleVariables(duckDb)) {
            return runBound(duckDb, variables, fiscalYears, businessUnit, trigger, importId, mlStatus, selected,
                    progress);
        }
    }

    private AuditRunSummary runBound(Connection duckDb, RuleVariables variables, List<Integer> fiscalYears,
            String businessUnit, String trigger, Long importId, String mlStatus, Predicate<Rule> selected,
            Phases progress) throws SQLException {
        long started = System.nanoTime();
        RuleCatalogue rules = catalogue.get();
        int ruleCount = (int) rules.rules().stream().filter(selected).count();
        duckDb.setAutoCommit(true);
        long runId = startRun(duckDb, fiscalYears, businessUnit, trigger);
        progress.at("preparing the rule inputs", 0, ruleCount);
        referenceData.refresh(duckDb);
        LedgerProfile profile = new LedgerProfiler(settings, files).infer(duckDb, fiscalYears);
        referenceData.loadCalendar(duckDb, profile.holidayCalendar());
        log.info("rules run {}: {}", runId, profile.describe());
        Map<String, Object> parameters = new HashMap<>(profile.parameters());
        parameters.putAll(RiskBands.load(files).parameters());
        parameters.put("fiscal_years", fiscalYears);
        parameters.put("run_id", runId);
        parameters.put("ml_weight", settings.mlWeight());
        parameters.put("max_flagged_share", risk.maxFlaggedShare());
        parameters.put("min_calibration_journals", HitShareGuard.MIN_JOURNALS);
        try (Statement statement = duckDb.createStatement()) {
            statement.execute(variables.bind(SqlScript.read("com/jaia/rules/prepare.sql"), parameters, "prepare"));
            statement.execute(mlInput(duckDb, mlStatus, fiscalYears));
            statement.execute(RUN_VIOLATIONS);
        }
        long prepared = System.nanoTime();
        List<RuleOutcome> outcomes = runRules(duckDb, variables, rules, selected, profile, progress, ruleCount);
        outcomes = new HitShareGuard(settings).apply(duckDb, outcomes);
        outcomes = RareFindings.apply(duckDb, rules, outcomes, profileJournals(duckDb));
        long ruled = System.nanoTime();
        progress.at("writing the violations and risk scores", ruleCount, ruleCount);
        dropTables(duckDb, RULE_INPUTS);
        duckDb.setAutoCommit(false);
        try (Statement statement = duckDb.createStatement()) {
            statement.execute(variables.bind(SqlScript.read("com/jaia/rules/write-results.sql"), parameters, "write"));
            recordOutcomes(duckDb, runId, outcomes);
            LedgerProfiler.store(duckDb, runId, importId, fiscalYears, profile);
            statement.execute(variables.bind(SqlScript.read("com/jaia/rules/record-ledgers.sql"), Map.of("run_id", runId,
                    "max_hit_share", settings.maxHitShare(), "always_weighted",
                    String.join(",", settings.alwaysWeighted())), "record-ledgers"));
            long violations = SqlScript.single(duckDb, "SELECT count(*) FROM rule_violations WHERE run_id = ?", runId);
            long scored = SqlScript.single(duckDb, "SELECT count(*) FROM risk_scores WHERE run_id = ?", runId);
            long capped = count(statement, "SELECT count(*) FROM run_journal_risk WHERE capped");
            try (PreparedStatement finish = duckDb.prepareStatement("UPDATE rule_runs SET finished_at = now(), "
                    + "status = 'COMPLETED', lines_scored = ?, violations = ?, ml_status = ?, max_flagged_share = ?, "
                    + "journals_capped = ? WHERE run_id = ?")) {
                finish.setLong(1, scored);
                finish.setLong(2, violations);
                finish.setString(3, mlStatus);
                finish.setDouble(4, risk.maxFlaggedShare());
                finish.setLong(5, capped);
                finish.setLong(6, runId);
                finish.executeUpdate();
            }
            duckDb.commit();
            log.debug("rules run {}: preparing {} ms, rules {} ms, writing results {} ms", runId,
                    millis(started, prepared), millis(prepared, ruled),
                    millis(ruled, System.nanoTime()));
            return new AuditRunSummary(runId, List.copyOf(fiscalYears), outcomes, violations, scored, mlStatus,
                    Duration.ofNanos(System.nanoTime() - started), profile,
                    new AuditRunSummary.Calibration(risk.maxFlaggedShare(), capped));
        }
        catch (SQLException | RuntimeException e) {
            duckDb.rollback();
            throw e;
        }
        finally {
            duckDb.setAutoCommit(true);
            dropTables(duckDb, List.of("run_violations", "run_hits", "run_journal_risk"));
        }
    }

    /**
     * Drops temp tables as soon as they are done with: they hold DuckDB memory that the writing of the results (and the
     * pooled connection's next user) can use.
     */
    private static void dropTables(Connection duckDb, List<String> tables) {
        try (Statement statement = duckDb.createStatement()) {
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
        catch (SQLException e) {
            log.warn("could not drop the rules run's temp tables: {}", e.getMessage());
        }
    }

    private List<RuleOutcome> runRules(Connection duckDb, RuleVariables variables, RuleCatalogue catalogue,
            Predicate<Rule> selected, LedgerProfile profile, Phases progress, int ruleCount) throws SQLException {
        Applicability applicability = new Applicability(duckDb, catalogue.rules(), profile.facts());
        LedgerScale scale = LedgerScale.of(profile);
        Map<String, RuleOutcome> outcomes = new LinkedHashMap<>();
        List<LineRules.LineRule> lineRules = new ArrayList<>();
        Map<Rule, String> otherRules = new LinkedHashMap<>();
        for (Rule rule : catalogue.rules()) {
            if (!selected.test(rule)) {
                continue;
            }
            if (!rule.enabled()) {
                outcomes.put(rule.id(), RuleOutcome.skipped(rule.id(), "disabled", "disabled by configuration"));
                continue;
            }
            List<String> missing = applicability.missing(rule);
            if (!missing.isEmpty()) {
                outcomes.put(rule.id(), RuleOutcome.skipped(rule.id(), "not_applicable", Applicability.reason(missing)));
                continue;
            }
            outcomes.put(rule.id(), null);
            String sql = variables.bind(catalogue.sql(rule, scale));
            LineRules.parse(rule, sql).ifPresentOrElse(lineRules::add, () -> otherRules.put(rule, sql));
        }
        int done = outcomes.size() - lineRules.size() - otherRules.size();
        progress.at(lineRules.size() + " line rules in one pass", done, ruleCount);
        for (RuleOutcome outcome : lineRuleOutcomes(duckDb, lineRules)) {
            outcomes.put(outcome.ruleId(), outcome);
        }
        done += lineRules.size();
        for (Map.Entry<Rule, String> rule : otherRules.entrySet()) {
            progress.at("rule " + rule.getKey().id(), done, ruleCount);
            outcomes.put(rule.getKey().id(), runRule(duckDb, rule.getKey(), rule.getValue()));
            progress.at("rule " + rule.getKey().id(), ++done, ruleCount);
        }
        return List.copyOf(outcomes.values());
    }

    /** The line rules in one shared pass; should that fail, one by one, so the failing rule is the one reported. */
    private static List<RuleOutcome> lineRuleOutcomes(Connection duckDb, List<LineRules.LineRule> lineRules) {
        try {
            return LineRules.run(duckDb, lineRules);
        }
        catch (SQLException | RuntimeException e) {
            log.warn("the shared pass of {} line rules failed, running them one by one: {}", lineRules.size(),
                    e.getMessage());
            List<RuleOutcome> outcomes = new ArrayList<>();
            for (LineRules.LineRule line : lineRules) {
                outcomes.add(runRule(duckDb, line.rule(), line.sql()));
            }
            return outcomes;
        }
    }

    private static RuleOutcome runRule(Connection duckDb, Rule rule, String ruleSql) {
        // the rule's own query, from the rule catalogue's files, nests in the insert; the rule's facts are parameters
        String sql = SqlScript.fill(SqlScript.read("com/jaia/rules/insert-violations.sql"),
                Map.of("rule_query", ruleSql.strip().replaceAll(";\\s*$", "")));
        long started = System.nanoTime();
        try {
            long hits = SqlScript.update(duckDb, sql, rule.id(), rule.category(), rule.severity(), rule.score());
            return new RuleOutcome(rule.id(), "ran", hits, (System.nanoTime() - started) / 1_000_000, null);
        }
        catch (SQLException | RuntimeException e) {
            throw new RuleFailed(rule.id(), e);
        }
    }

    private static long profileJournals(Connection duckDb) throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            return count(statement, "SELECT count(*) FROM rule_journals");
        }
    }

    private static String mlInput(Connection duckDb, String mlStatus, List<Integer> fiscalYears) throws SQLException {
        boolean table;
        try (Statement statement = duckDb.createStatement()) {
            table = count(statement, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'ml_scores'") > 0;
        }
        if (table && mlStatus.equals("scored") || table && mlStatus.startsWith("not available")) {
            // a view takes no parameters: it reads the run's fiscal years from the session variable run() binds
            return "CREATE OR REPLACE TEMP VIEW rule_ml AS SELECT gl_detail_id, journal_id, fiscal_year, "
                    + "business_unit_code, ml_score, ml_method, top_features FROM ml_scores "
                    + "WHERE list_contains(getvariable('run_fiscal_years'), fiscal_year) "
                    + "AND (getvariable('run_all_units') OR coalesce(business_unit_code, '') = getvariable('run_business_unit'))";
        }
        return "CREATE OR REPLACE TEMP VIEW rule_ml AS SELECT NULL::VARCHAR AS gl_detail_id, NULL::VARCHAR AS journal_id, "
                + "NULL::INTEGER AS fiscal_year, NULL::VARCHAR AS business_unit_code, NULL::DOUBLE AS ml_score, NULL::VARCHAR AS ml_method, "
                + "NULL::VARCHAR AS top_features WHERE false";
    }

    private static long startRun(Connection duckDb, List<Integer> fiscalYears, String businessUnit, String trigger)
            throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            long runId = count(statement, "SELECT coalesce(max(run_id), 0) + 1 FROM rule_runs");
            SqlScript.update(duckDb, "INSERT INTO rule_runs (run_id, trigger, fiscal_years, business_unit, started_at, "
                    + "status) VALUES (?, ?, ?, ?, now(), 'FAILED')", runId, trigger,
                    fiscalYears.stream().map(String::valueOf).collect(Collectors.joining(",")), businessUnit);
            return runId;
        }
    }

    private static void recordOutcomes(Connection duckDb, long runId, List<RuleOutcome> outcomes) throws SQLException {
        if (outcomes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = duckDb.prepareStatement("INSERT INTO rule_run_results (run_id, rule_id, status, "
                + "hits, millis, reason, journal_share) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (RuleOutcome outcome : outcomes) {
                insert.setLong(1, runId);
                insert.setString(2, outcome.ruleId());
                insert.setString(3, outcome.status());
                insert.setLong(4, outcome.hits());
                insert.setLong(5, outcome.millis());
                insert.setString(6, outcome.reason());
                insert.setDouble(7, outcome.journalShare());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

}
