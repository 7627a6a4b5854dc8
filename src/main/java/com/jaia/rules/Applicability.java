package com.jaia.rules;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a rule can run: every field, master column or table it requires must hold data for the lines being
 * processed. The ledger fields all rules need are counted in one pass over the lines; other facts are looked up once
 * per requirement and remembered for the run.
 */
final class Applicability {

    static final String PROFILE = "profile:";

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final Connection connection;

    private final Map<String, Boolean> present = new HashMap<>();

    /**
     * Looks up every ledger field the given rules require at once; requirements {@code profile:<fact>} are answered by
     * the ledger profile's facts.
     */
    Applicability(Connection connection, List<Rule> rules, Map<String, Boolean> profileFacts) throws SQLException {
        this.connection = connection;
        profileFacts.forEach((fact, holds) -> present.put(PROFILE + fact, holds));
        Set<String> fields = new TreeSet<>();
        for (Rule rule : rules) {
            for (String requirement : rule.requires()) {
                if (NAME.matcher(requirement).matches() && isLineField(requirement)) {
                    fields.add(requirement);
                }
            }
        }
        if (fields.isEmpty()) {
            return;
        }
        List<String> ordered = List.copyOf(fields);
        Set<String> text = textColumns(connection);
        String counts = ordered.stream()
            .map(field -> text.contains(field) ? presentCount(field) : "count(" + field + ")")
            .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + counts + " FROM rule_lines")) {
            rows.next();
            for (int i = 0; i < ordered.size(); i++) {
                present.put(ordered.get(i), rows.getLong(i + 1) > 0);
            }
        }
    }

    /** The ledger's text columns; other columns are present when not null, no need to render them as text. */
    private static Set<String> textColumns(Connection connection) throws SQLException {
        Set<String> text = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT column_name FROM information_schema.columns "
                        + "WHERE table_name = 'journal_entries' AND data_type = 'VARCHAR'")) {
            while (rows.next()) {
                text.add(rows.getString(1));
            }
        }
        return text;
    }

    private static boolean isLineField(String requirement) {
        return !requirement.contains(".") && !requirement.equals("ml_scores") && !requirement.equals("holidays")
                && !requirement.equals("accounts") && !requirement.equals("users") && !requirement.equals("vendors");
    }

    /** Lines where the field holds something other than blanks. */
    private static String presentCount(String field) {
        return "count(nullif(trim(CAST(" + field + " AS VARCHAR)), ''))";
    }

    /** Why a rule with these requirements missing does not apply, in words. */
    static String reason(List<String> missing) {
        List<String> reasons = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String requirement : missing) {
            switch (requirement) {
                case PROFILE + "last_modified_tracks_changes" -> reasons.add("last_modified_date is one export stamp "
                        + "after every approval, not a record of changes");
                case PROFILE + "holiday_calendar" -> reasons.add("no holiday calendar applies to this ledger "
                        + "(set jaia.rules.holiday-calendar; the weekend rules still run)");
                case PROFILE + "japanese_calendar" -> reasons.add("the ledger does not follow the Japanese calendar");
                default -> fields.add(requirement);
            }
        }
        if (!fields.isEmpty()) {
            reasons.add(0, "no data for " + fields);
        }
        return String.join("; ", reasons);
    }

    /** The requirements the data lacks; empty when the rule applies. */
    List<String> missing(Rule rule) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String requirement : rule.requires()) {
            Boolean has = present.get(requirement);
            if (has == null) {
                has = lookUp(requirement);
                present.put(requirement, has);
            }
            if (!has) {
                missing.add(requirement);
            }
        }
        return missing;
    }

    private boolean lookUp(String requirement) throws SQLException {
        if (requirement.startsWith(PROFILE)) {
            throw new IllegalStateException("unknown ledger profile fact '" + requirement + "' in the rule catalogue");
        }
        if (!NAME.matcher(requirement).matches()) {
            throw new IllegalStateException("unreadable requirement '" + requirement + "' in the rule catalogue");
        }
        String sql;
        if (requirement.equals("ml_scores")) {
            sql = "SELECT count(*) FROM rule_ml";
        }
        else if (requirement.contains(".")) {
            String[] parts = requirement.split("\\.");
            sql = "SELECT count(" + parts[1] + ") FROM " + parts[0];
        }
        else {
            sql = "SELECT count(*) FROM " + requirement;
        }
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

}
