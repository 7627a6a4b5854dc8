package com.jaia.rules;

import java.util.List;
import java.util.Map;

/**
 * One catalogue entry: an audit rule, its thresholds (after configuration overrides) and the fields it needs.
 *
 * @param id stable id, also the SQL file name
 * @param nameJa Japanese name
 * @param nameEn English name
 * @param category amount, time, account, approval, description, trend, benford or ml
 * @param severity critical, high, medium, low or info
 * @param score the rule's contribution to a line's risk, 0..100
 * @param thresholds threshold name to value, substituted into the SQL as {@code ${name}}
 * @param requires journal fields ({@code entry_time}), master columns ({@code users.approval_limit}) or tables
 *        ({@code ml_scores}) that must hold data for the rule to apply
 * @param enabled whether the rule runs
 * @param description what it detects and why it matters
 */
public record Rule(String id, String nameJa, String nameEn, String category, String severity, double score,
        Map<String, Object> thresholds, List<String> requires, boolean enabled, String description) {

    /** The path of the rule's SQL under the rules directory. */
    String sqlPath() {
        return category + "/" + id + ".sql";
    }

}
