package com.jaia.rules;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether a rule can run: every field, master column or table it requires must hold data for the lines being
 * processed. Facts are looked up once per requirement and remembered for the run.
 */
final class Applicability {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final Connection connection;

    private final Map<String, Boolean> present = new HashMap<>();

    Applicability(Connection connection) {
        this.connection = connection;
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
        else if (requirement.equals("holidays") || requirement.equals("accounts") || requirement.equals("users")
                || requirement.equals("vendors")) {
            sql = "SELECT count(*) FROM " + requirement;
        }
        else {
            sql = "SELECT count(nullif(trim(CAST(" + requirement + " AS VARCHAR)), '')) FROM rule_lines";
        }
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

}
