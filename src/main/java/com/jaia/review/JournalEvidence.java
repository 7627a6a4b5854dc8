package com.jaia.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jaia.duckdb.SqlScript;
import com.jaia.review.Pseudonyms.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gathers what the prompt shows about one journal (lines with account names and classes, rule hits, the scores, the
 * people and vendors) and the masking that replaces people and vendors by their pseudonyms.
 */
class JournalEvidence {

    /** The prompt's placeholder values, still with real names, and the masking to apply to the rendered prompt. */
    record Gathered(Map<String, String> values, Pseudonyms.Masking masking) {
    }

    private static final String LINE_COLUMNS = "journal_id_line_number,effective_date,entry_date,entry_time,"
            + "gl_account_number,account_name,account_class,debit_credit_indicator,amount,amount_currency,"
            + "je_line_description,source,dept_code,vendor_code,prepared_by,approved_by,approved_date";

    private final JdbcClient duckDb;

    private final Pseudonyms pseudonyms;

    private final Map<String, String> sql = new LinkedHashMap<>();

    JournalEvidence(JdbcClient duckDb, Pseudonyms pseudonyms) {
        this.duckDb = duckDb;
        this.pseudonyms = pseudonyms;
        Stream.of("journal-lines", "rule-hits", "users", "vendors")
            .forEach(name -> sql.put(name, SqlScript.read("db/review/" + name + ".sql")));
    }

    Gathered gather(ReviewCandidate c, String language) {
        List<Map<String, Object>> lines = duckDb.sql(sql.get("journal-lines")).param("importId", c.importId())
            .param("fiscalYear", c.fiscalYear()).param("journalId", c.journalId())
            .param("businessUnit", c.businessUnitCode()).query().listOfRows();
        List<Map<String, Object>> hits = duckDb.sql(sql.get("rule-hits")).param("fiscalYear", c.fiscalYear())
            .param("journalId", c.journalId()).param("businessUnit", c.businessUnitCode()).query().listOfRows();
        Set<String> userIds = distinct(lines, "prepared_by", "approved_by", "last_modified_by");
        Set<String> vendorCodes = distinct(lines, "vendor_code");
        Pseudonyms.Masking masking = new Pseudonyms.Masking();
        List<String> parties = new ArrayList<>();
        for (Map<String, Object> user : rows("users", "ids", userIds)) {
            String id = (String) user.get("user_id");
            String pseudonym = pseudonyms.of(Kind.USER, id);
            masking.add((String) user.get("user_name"), pseudonym, false);
            masking.add((String) user.get("user_name_en"), pseudonym, false);
            parties.add(pseudonym + ": position " + text(user.get("position")) + ", role " + text(user.get("role"))
                    + ", approval limit " + text(user.get("approval_limit")));
        }
        userIds.forEach(id -> masking.add(id, pseudonyms.of(Kind.USER, id), true));
        for (Map<String, Object> vendor : rows("vendors", "codes", vendorCodes)) {
            String pseudonym = pseudonyms.of(Kind.VENDOR, (String) vendor.get("vendor_code"));
            masking.add((String) vendor.get("vendor_name"), pseudonym, false);
            masking.add((String) vendor.get("vendor_name_en"), pseudonym, false);
            parties.add(pseudonym + ": vendor type " + text(vendor.get("vendor_type")) + ", related party "
                    + text(vendor.get("is_related_party")));
        }
        vendorCodes.forEach(code -> masking.add(code, pseudonyms.of(Kind.VENDOR, code), true));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("journal_id", c.journalId());
        values.put("fiscal_year", Integer.toString(c.fiscalYear()));
        values.put("accounting_period", lines.isEmpty() ? "-" : text(lines.get(0).get("accounting_period")));
        values.put("business_unit", text(c.businessUnitCode()));
        values.put("risk_score", "%.1f".formatted(c.riskScore()));
        values.put("risk_band", c.riskBand());
        values.put("ml_score", c.mlScore() == null ? "-" : "%.3f".formatted(c.mlScore()));
        values.put("lines", lines.stream().map(line -> renderLine(line, language)).collect(Collectors.joining("\n")));
        values.put("rule_hits", hits.isEmpty() ? "-" : hits.stream().map(hit -> Stream.of("rule_id", "category",
                "severity", "score", "message").map(k -> text(hit.get(k))).collect(Collectors.joining(" | ")))
            .collect(Collectors.joining("\n")));
        values.put("parties", parties.isEmpty() ? "-" : String.join("\n", parties));
        return new Gathered(values, masking);
    }

    private static String renderLine(Map<String, Object> line, String language) {
        return Stream.of(LINE_COLUMNS.split(","))
            .map(column -> column.equals("account_name") && "en".equals(language) && line.get("account_name_en") != null
                    ? text(line.get("account_name_en")) : text(line.get(column)))
            .collect(Collectors.joining(" | "));
    }

    private List<Map<String, Object>> rows(String query, String parameter, Set<String> values) {
        return values.isEmpty() ? List.of()
                : duckDb.sql(sql.get(query)).param(parameter, values).query().listOfRows();
    }

    private static Set<String> distinct(List<Map<String, Object>> lines, String... columns) {
        Set<String> values = new LinkedHashSet<>();
        lines.forEach(line -> Stream.of(columns).map(line::get).filter(Objects::nonNull).map(Object::toString)
            .filter(v -> !v.isBlank()).forEach(values::add));
        return values;
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }
}
