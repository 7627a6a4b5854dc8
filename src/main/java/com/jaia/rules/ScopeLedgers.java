package com.jaia.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.jaia.duckdb.SqlScript;
import com.jaia.pipeline.FiscalYears;

/**
 * The ledgers (business unit and fiscal year) of a scope that hold lines, by business unit: the unit of re-scoring.
 * Lines without a business unit form the unit {@code ""}.
 */
final class ScopeLedgers {

    private ScopeLedgers() {
    }

    /** Each business unit of the scope that holds lines, with its fiscal years of the scope that hold lines. */
    static SortedMap<String, List<Integer>> byBusinessUnit(Connection duckDb, FiscalYears scope) throws SQLException {
        SortedMap<String, List<Integer>> units = new TreeMap<>();
        if (!scope.all() && scope.years().isEmpty()) {
            return units;
        }
        // the filters are session variables bound as parameters; a list is never empty, so its type is known
        try (SqlScript.Variables bound = SqlScript.variables(duckDb, Map.of("scope_all_years", scope.all(),
                "scope_years", scope.all() ? List.of(0) : List.copyOf(scope.years()), "scope_all_units",
                scope.allBusinessUnits(), "scope_units", scope.allBusinessUnits() ? List.of("")
                        : List.copyOf(scope.businessUnits())));
                PreparedStatement query = duckDb.prepareStatement(SqlScript.read("com/jaia/rules/scope-ledgers.sql"));
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                units.computeIfAbsent(rows.getString(1), unit -> new ArrayList<>()).add(rows.getInt(2));
            }
        }
        return units;
    }

}
