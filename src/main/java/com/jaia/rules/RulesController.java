package com.jaia.rules;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jaia.duckdb.CamelCase;
import com.jaia.duckdb.DuckDb;
import com.jaia.problems.ProblemType;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule catalogue with each rule's last outcome, the violations found, one journal's evidence, and the account
 * classes the rules use.
 */
@RestController
@RequestMapping("/api/v1")
class RulesController {

    /** Longest reason kept with an account class override. */
    static final int MAX_REASON = 2000;

    private final AuditRules auditRules;

    private final JdbcClient duckDb;

    private final AccountClasses accountClasses;

    private final RuleOutcomeReports outcomes;

    RulesController(AuditRules auditRules, @Qualifier(DuckDb.QUALIFIER) JdbcClient duckDb,
            AccountClasses accountClasses, RuleOutcomeReports outcomes) {
        this.auditRules = auditRules;
        this.duckDb = duckDb;
        this.accountClasses = accountClasses;
        this.outcomes = outcomes;
    }

    /**
     * A rule's outcome in the latest completed run that included it.
     *
     * @param runId the run
     * @param status {@code ran}, {@code non_discriminating}, {@code not_applicable} or {@code disabled}
     * @param hits lines it flagged in the run
     * @param reason why not applicable or non-discriminating
     * @param journalShare the share of the run's journals it flagged
     */
    record LastRun(long runId, String status, long hits, String reason, double journalShare) {
    }

    /** A catalogue entry as the API shows it. */
    record RuleView(Rule rule, LastRun lastRun) {
    }

    /** An auditor's account class override; a null class removes the override. */
    record AccountClassOverride(String accountClass, String reason) {
    }

    @GetMapping("/rules")
    List<RuleView> rules() {
        Map<String, LastRun> last = new LinkedHashMap<>();
        duckDb.sql("SELECT r.rule_id, r.run_id, r.status, r.hits, r.reason, coalesce(r.journal_share, 0) "
                + "FROM rule_run_results r JOIN rule_runs u ON u.run_id = r.run_id AND u.status = 'COMPLETED' "
                + "QUALIFY row_number() OVER (PARTITION BY r.rule_id ORDER BY r.run_id DESC) = 1")
            .query((row, n) -> last.put(row.getString(1), new LastRun(row.getLong(2), row.getString(3),
                    row.getLong(4), row.getString(5), row.getDouble(6))))
            .list();
        return auditRules.catalogue().rules().stream().map(rule -> new RuleView(rule, last.get(rule.id()))).toList();
    }

    /**
     * Each ledger (business unit and fiscal year) as its latest rules run left it: every rule's status, hits and hit
     * share, whether {@code jaia.rules.always-weighted} kept it weighted, and the cap on flagged journals.
     */
    @GetMapping("/rules/outcomes")
    List<LedgerRuleOutcomes> outcomes(@RequestParam(required = false) String businessUnit,
            @RequestParam(required = false) Integer fiscalYear) {
        return outcomes.latest(businessUnit == null || businessUnit.isBlank() ? null : businessUnit.trim(), fiscalYear);
    }

    @GetMapping("/violations")
    ViolationPage violations(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String ruleId, @RequestParam(required = false) String category,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String account,
            @RequestParam(required = false) String user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 1000");
        }
        return ViolationPage.query(duckDb, new ViolationPage.Filter(fiscalYear, ruleId, category, severity, account,
                user), page, size);
    }

    /** A journal with this id: one of the candidates a bare id may mean. */
    record JournalKey(String businessUnit, int fiscalYear, String journalId) {
    }

    @GetMapping("/journals/{journalId}")
    Map<String, Object> journal(@PathVariable String journalId, @RequestParam(required = false) String businessUnit,
            @RequestParam(required = false) Integer fiscalYear) {
        List<JournalKey> candidates = duckDb.sql("SELECT DISTINCT business_unit_code, fiscal_year FROM journal_entries "
                + "WHERE journal_id = :id AND (CAST(:unit AS VARCHAR) IS NULL OR business_unit_code = :unit) "
                + "AND (CAST(:year AS INTEGER) IS NULL OR fiscal_year = :year) ORDER BY 1, 2")
            .param("id", journalId).param("unit", businessUnit).param("year", fiscalYear)
            .query((row, n) -> new JournalKey(row.getString(1), row.getInt(2), journalId)).list();
        if (candidates.isEmpty()) {
            throw new JournalNotFound(journalId);
        }
        if (candidates.size() > 1) {
            throw new AmbiguousJournal(journalId, candidates);
        }
        JournalKey key = candidates.get(0);
        List<Map<String, Object>> lines = duckDb.sql("SELECT je.*, r.risk_score, r.risk_band, r.rule_score, r.ml_score, "
                + "r.journal_risk_score, r.journal_risk_band, r.top_factors FROM journal_entries je "
                + "LEFT JOIN risk_scores r ON r.gl_detail_id = je.gl_detail_id AND r.fiscal_year = je.fiscal_year "
                + "AND r.business_unit_code IS NOT DISTINCT FROM je.business_unit_code "
                + "WHERE je.journal_id = ? AND je.business_unit_code IS NOT DISTINCT FROM ? AND je.fiscal_year = ? "
                + "ORDER BY je.journal_id_line_number, je.gl_detail_id")
            .params(journalId, key.businessUnit(), key.fiscalYear()).query(CamelCase.ROWS).list();
        List<Map<String, Object>> violations = duckDb.sql("SELECT gl_detail_id, rule_id, category, severity, score, "
                + "message FROM rule_violations WHERE journal_id = ? AND business_unit_code IS NOT DISTINCT FROM ? "
                + "AND fiscal_year = ? "
                + "ORDER BY score DESC, rule_id, gl_detail_id")
            .params(journalId, key.businessUnit(), key.fiscalYear()).query(CamelCase.ROWS).list();
        Map<String, Object> journal = new LinkedHashMap<>();
        journal.put("journalId", journalId);
        journal.put("businessUnit", key.businessUnit());
        journal.put("fiscalYear", key.fiscalYear());
        journal.put("journalRiskScore", lines.get(0).get("journalRiskScore"));
        journal.put("journalRiskBand", lines.get(0).get("journalRiskBand"));
        journal.put("lines", lines);
        journal.put("violations", violations);
        return journal;
    }

    @GetMapping("/account-classes")
    List<AccountClasses.AccountClass> accountClasses() {
        return accountClasses.list();
    }

    @PutMapping("/account-classes/{accountCode}")
    List<AccountClasses.AccountClass> overrideAccountClass(@PathVariable String accountCode,
            @RequestBody AccountClassOverride override, Principal author) {
        String reason = override.reason() == null ? null : override.reason().strip();
        if (reason != null && reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON + " characters, not "
                    + reason.length());
        }
        List<String> known = accountClasses.knownClasses();
        if (override.accountClass() != null && !known.contains(override.accountClass())) {
            throw new IllegalArgumentException("'" + override.accountClass() + "' is not a known account class; use "
                    + "one of " + String.join(", ", known));
        }
        if (!accountClasses.override(accountCode, override.accountClass(), reason,
                author == null ? "unknown" : author.getName())) {
            throw new IllegalArgumentException("account " + accountCode + " is not in the chart of accounts");
        }
        return accountClasses.list().stream().filter(a -> a.accountCode().equals(accountCode)).toList();
    }

    @ExceptionHandler(JournalNotFound.class)
    ProblemDetail journalNotFound(JournalNotFound e) {
        return ProblemType.JOURNAL_NOT_FOUND.detail(e.getMessage());
    }

    @ExceptionHandler(AmbiguousJournal.class)
    ProblemDetail ambiguousJournal(AmbiguousJournal e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Ambiguous journal id");
        problem.setType(java.net.URI.create("/problems/ambiguous-journal"));
        problem.setProperty("candidates", e.candidates());
        return problem;
    }

}
