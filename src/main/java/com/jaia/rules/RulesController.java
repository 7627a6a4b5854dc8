package com.jaia.rules;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jaia.api.Page;
import com.jaia.api.ProblemAnswers;
import com.jaia.duckdb.CamelCase;
import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.SqlScript;
import com.jaia.problems.InvalidParameter;
import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The rule catalogue with each rule's last outcome, the violations found, one journal's evidence, and the account
 * classes the rules use.
 */
@RestController
@RequestMapping("/api/v1")
class RulesController {

    /** The (business unit, fiscal year) pairs holding a journal id; parameters {@code id, unit, year}. */
    static final String JOURNAL_CANDIDATES = SqlScript.read("com/jaia/rules/journal-candidates.sql");

    /** One journal's lines with their risk scores; parameters {@code id, unit, year}. */
    static final String JOURNAL_LINES = SqlScript.read("com/jaia/rules/journal-lines.sql");

    /** One journal's violations; parameters {@code id, unit, year}. */
    static final String JOURNAL_VIOLATIONS = SqlScript.read("com/jaia/rules/journal-violations.sql");

    /** Longest reason kept with an account class override. */
    static final int MAX_REASON = 2000;

    private final AuditRules auditRules;

    private final JdbcClient duckDb;

    private final AccountClasses accountClasses;

    private final RuleOutcomeReports outcomes;

    private final ViolationList violationList;

    RulesController(AuditRules auditRules, @Qualifier(DuckDb.READERS) JdbcClient duckDb,
            AccountClasses accountClasses, RuleOutcomeReports outcomes, ViolationList violationList) {
        this.auditRules = auditRules;
        this.duckDb = duckDb;
        this.accountClasses = accountClasses;
        this.outcomes = outcomes;
        this.violationList = violationList;
    }

    /**
     * One journal with its lines (every column of the line, camelCase, with its risk scores) and violations.
     *
     * @param journalId the journal id
     * @param businessUnit its business unit
     * @param fiscalYear its fiscal year
     * @param journalRiskScore the journal's risk score, null before the rules ran
     * @param journalRiskBand the journal's risk band, null before the rules ran
     * @param lines its lines in line order
     * @param violations the rule violations of its lines, highest score first
     */
    record JournalDetail(String journalId, String businessUnit, int fiscalYear, Object journalRiskScore,
            Object journalRiskBand, List<Map<String, Object>> lines, List<Map<String, Object>> violations) {
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
    @Schema(description = "An account class override; without a class the override is removed")
    record AccountClassOverride(
            @Schema(description = "A class the chart or the keyword file knows", example = "suspense")
            String accountClass,
            @Schema(description = "Why (at most 2,000 characters)", example = "Used as a clearing account",
                    maxLength = MAX_REASON) String reason) {
    }

    @GetMapping("/rules")
    @Tag(name = "rules")
    @Operation(operationId = "listRules", summary = "List the audit rules",
            description = "The rule catalogue (names, category, severity, score, thresholds, what each requires) "
                    + "with each rule's outcome in the latest completed run that included it.")
    Page<RuleView> rules(
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Rules per page") @RequestParam(defaultValue = "100") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
        Map<String, LastRun> last = new LinkedHashMap<>();
        duckDb.sql("SELECT r.rule_id, r.run_id, r.status, r.hits, r.reason, coalesce(r.journal_share, 0) "
                + "FROM rule_run_results r JOIN rule_runs u ON u.run_id = r.run_id AND u.status = 'COMPLETED' "
                + "QUALIFY row_number() OVER (PARTITION BY r.rule_id ORDER BY r.run_id DESC) = 1")
            .query((row, n) -> last.put(row.getString(1), new LastRun(row.getLong(2), row.getString(3),
                    row.getLong(4), row.getString(5), row.getDouble(6))))
            .list();
        return Page.slice(auditRules.catalogue().rules().stream()
            .map(rule -> new RuleView(rule, last.get(rule.id())))
            .toList(), page, size);
    }

    /**
     * Each ledger (business unit and fiscal year) as its latest rules run left it: every rule's status, hits and hit
     * share, whether {@code jaia.rules.always-weighted} kept it weighted, and the cap on flagged journals.
     */
    @GetMapping("/rules/outcomes")
    @Tag(name = "rules")
    @Operation(operationId = "listRuleOutcomes", summary = "List each ledger's rule outcomes",
            description = "Each ledger (business unit and fiscal year) as its latest rules run left it: every rule's "
                    + "status (weighted, non_discriminating, not_applicable), hits and hit share, whether "
                    + "`jaia.rules.always-weighted` kept it weighted, and the cap on flagged journals.")
    Page<LedgerRuleOutcomes> outcomes(
            @Parameter(description = "The business unit") @RequestParam(required = false) String businessUnit,
            @Parameter(description = "The fiscal year") @RequestParam(required = false) Integer fiscalYear,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Ledgers per page") @RequestParam(defaultValue = "50") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
        return Page.slice(outcomes.latest(businessUnit == null || businessUnit.isBlank() ? null : businessUnit.trim(),
                fiscalYear), page, size);
    }

    @GetMapping("/violations")
    @Tag(name = "rules")
    @Operation(operationId = "listViolations", summary = "List rule violations",
            description = "The violations of the latest rules runs, highest score first, each with its line's "
                    + "account, users, amount and date; filtered by fiscal year, rule, category, severity, account "
                    + "and user (preparer or approver). Pages by number, or by the `after` cursor of the `Link: <…>; "
                    + "rel=\"next\"` header every page but the last carries, which reads only the next items however "
                    + "deep the page; a cursor given before the violations last changed (a rules run, an import or a "
                    + "rollback) answers 400.")
    @ApiResponse(responseCode = "200", description = "A page of violations", headers = @Header(name = "Link",
            description = "`<URL>; rel=\"next\"`: the next page by cursor; absent on the last page",
            schema = @Schema(type = "string")))
    ResponseEntity<Page<ViolationPage.Violation>> violations(
            @Parameter(description = "The fiscal year") @RequestParam(required = false) Integer fiscalYear,
            @Parameter(description = "The rule id", example = "AMT_ROUND_AMOUNT") @RequestParam(required = false)
            String ruleId,
            @Parameter(description = "The rule category", schema = @Schema(allowableValues = { "amount", "time",
                    "account", "approval", "description", "trend", "benford", "ml" }))
            @RequestParam(required = false) String category,
            @Parameter(description = "The rule severity", schema = @Schema(allowableValues = { "critical", "high",
                    "medium", "low", "info" })) @RequestParam(required = false) String severity,
            @Parameter(description = "The line's account number") @RequestParam(required = false) String account,
            @Parameter(description = "The preparer or approver") @RequestParam(required = false) String user,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Violations per page") @RequestParam(defaultValue = "50") @Min(1)
            @Max(Page.MAX_SIZE) int size,
            @Parameter(description = "Continue after this cursor (from the previous page's Link header) instead of "
                    + "by page number") @RequestParam(required = false) String after) {
        Page.check(page, size, Page.MAX_SIZE);
        List<Rule> catalogue = auditRules.catalogue().rules();
        ruleId = known("ruleId", ruleId, catalogue.stream().map(Rule::id).toList());
        category = known("category", category, catalogue.stream().map(Rule::category).toList());
        severity = known("severity", severity, catalogue.stream().map(Rule::severity).toList());
        ViolationPage.Slice slice = ViolationPage.query(duckDb, violationList, new ViolationPage.Filter(fiscalYear,
                ruleId, category, severity, account, user), page, size, after == null || after.isBlank() ? null : after);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (slice.next() != null) {
            answer.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page").replaceQueryParam("after", slice.next()).build().toUriString()
                    + ">; rel=\"next\"");
        }
        return answer.body(slice.page());
    }

    /** A journal with this id: one of the candidates a bare id may mean. */
    record JournalKey(String businessUnit, int fiscalYear, String journalId) {
    }

    /** The value as the catalogue spells it; null for none; a 400 naming the accepted values for another. */
    private static String known(String parameter, String value, List<String> accepted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> distinct = accepted.stream().distinct().sorted().toList();
        return distinct.stream().filter(known -> known.equalsIgnoreCase(value.strip())).findFirst()
            .orElseThrow(() -> InvalidParameter.notOneOf(parameter, value, distinct));
    }

    @GetMapping("/journals/{journalId}")
    @Tag(name = "journals")
    @Operation(operationId = "getJournal", summary = "Read a journal",
            description = "A journal's lines with their risk scores and its rule violations. A journal is "
                    + "identified by business unit, fiscal year and journal id: a bare id that matches several "
                    + "answers 409 listing the candidates.")
    @ProblemAnswers({ ProblemType.JOURNAL_NOT_FOUND, ProblemType.AMBIGUOUS_JOURNAL })
    JournalDetail journal(@Parameter(description = "The journal id") @PathVariable String journalId,
            @Parameter(description = "The business unit") @RequestParam(required = false) String businessUnit,
            @Parameter(description = "The fiscal year") @RequestParam(required = false) Integer fiscalYear) {
        List<JournalKey> candidates = duckDb.sql(JOURNAL_CANDIDATES)
            .param("id", journalId).param("unit", businessUnit).param("year", fiscalYear)
            .query((row, n) -> new JournalKey(row.getString(1), row.getInt(2), journalId)).list();
        if (candidates.isEmpty()) {
            throw new JournalNotFound(journalId);
        }
        if (candidates.size() > 1) {
            throw new AmbiguousJournal(journalId, candidates);
        }
        JournalKey key = candidates.get(0);
        List<Map<String, Object>> lines = duckDb.sql(JOURNAL_LINES)
            .param("id", journalId).param("unit", key.businessUnit()).param("year", key.fiscalYear())
            .query(CamelCase.ROWS).list();
        List<Map<String, Object>> violations = duckDb.sql(JOURNAL_VIOLATIONS)
            .param("id", journalId).param("unit", key.businessUnit()).param("year", key.fiscalYear())
            .query(CamelCase.ROWS).list();
        return new JournalDetail(journalId, key.businessUnit(), key.fiscalYear(),
                lines.get(0).get("journalRiskScore"), lines.get(0).get("journalRiskBand"), lines, violations);
    }

    @GetMapping("/account-classes")
    @Tag(name = "rules")
    @Operation(operationId = "listAccountClasses", summary = "List the account classes",
            description = "Each account's class as the rules use it (from the chart, the keyword file or an "
                    + "override), with the override's author and reason.")
    Page<AccountClasses.AccountClass> accountClasses(
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Accounts per page") @RequestParam(defaultValue = "100") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
        return Page.slice(accountClasses.list(), page, size);
    }

    @PutMapping("/account-classes/{accountCode}")
    @Tag(name = "rules")
    @Operation(operationId = "overrideAccountClass", summary = "Override an account's class",
            description = "Sets the class the rules use for one account of the chart, with a reason; a body "
                    + "without a class removes the override. Answers the account's class as it now is.")
    AccountClasses.AccountClass overrideAccountClass(
            @Parameter(description = "The account code") @PathVariable String accountCode,
            @RequestBody AccountClassOverride override, @Parameter(hidden = true) Principal author) {
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
        return accountClasses.list().stream().filter(a -> a.accountCode().equals(accountCode)).findFirst()
            .orElseThrow();
    }

    @ExceptionHandler(JournalNotFound.class)
    ProblemDetail journalNotFound(JournalNotFound e) {
        return ProblemType.JOURNAL_NOT_FOUND.detail(e.getMessage());
    }

    @ExceptionHandler(AmbiguousJournal.class)
    ProblemDetail ambiguousJournal(AmbiguousJournal e) {
        ProblemDetail problem = ProblemType.AMBIGUOUS_JOURNAL.detail(e.getMessage());
        problem.setProperty("candidates", e.candidates());
        return problem;
    }

}
