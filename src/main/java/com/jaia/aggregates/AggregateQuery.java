package com.jaia.aggregates;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.jaia.duckdb.CamelCase;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the aggregate tables for the API. Table and column names come only from the {@link AggregateCatalogue};
 * request values are bound as parameters.
 */
record AggregateQuery(JdbcClient duckDb, AggregateCatalogue catalogue) {

    Optional<Aggregate> aggregate(String table) {
        return catalogue.byTable(table);
    }

    List<AggregateSummary> summaries() {
        Map<String, Instant> lastRefresh = new LinkedHashMap<>();
        duckDb.sql("SELECT table_name, max(refreshed_at) FROM aggregate_refreshes GROUP BY table_name")
            .query((ResultSet rs) -> {
                Timestamp at = rs.getTimestamp(2);
                lastRefresh.put(rs.getString(1), at.toLocalDateTime().toInstant(ZoneOffset.UTC));
            });
        // one statement for every table (DuckDB scans them in parallel), not three round trips per table
        List<Aggregate> all = catalogue.all();
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (Aggregate aggregate : all) {
            sql.append(sql.isEmpty() ? "" : " UNION ALL ")
                .append("SELECT ? AS table_name, count(*) AS row_count, ")
                .append("list(DISTINCT fiscal_year ORDER BY fiscal_year) AS fiscal_years, ")
                .append("list(DISTINCT business_unit_code ORDER BY business_unit_code) ")
                .append("FILTER (WHERE business_unit_code <> ?) AS business_units FROM ").append(aggregate.table());
            params.add(aggregate.table());
            params.add(Aggregate.ALL_UNITS);
        }
        Map<String, AggregateSummary> summaries = new LinkedHashMap<>();
        Map<String, Aggregate> byTable = new LinkedHashMap<>();
        all.forEach(aggregate -> byTable.put(aggregate.table(), aggregate));
        duckDb.sql(sql.toString()).params(params).query((ResultSet rs) -> {
            Aggregate aggregate = byTable.get(rs.getString("table_name"));
            summaries.put(aggregate.table(), new AggregateSummary(aggregate.table(), aggregate.description(),
                    rs.getLong("row_count"), list(rs.getArray("fiscal_years"), Integer.class),
                    list(rs.getArray("business_units"), String.class), lastRefresh.get(aggregate.table()),
                    aggregate.hasPeriod()));
        });
        return all.stream().map(aggregate -> summaries.get(aggregate.table())).toList();
    }

    /** The elements of a SQL list, empty for none. */
    private static <T> List<T> list(java.sql.Array array, Class<T> type) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(type.cast(value));
        }
        return values;
    }

    AggregatePage page(Aggregate aggregate, Integer fiscalYear, String businessUnit, Integer period, int page,
            int size) {
        Filter filter = Filter.of(catalogue, aggregate, fiscalYear, businessUnit, period);
        long total = duckDb.sql("SELECT count(*) FROM " + aggregate.table() + filter.where())
            .params(filter.params()).query(Long.class).single();
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Object> params = new ArrayList<>(filter.params());
        params.add(size);
        params.add((long) page * size);
        duckDb.sql(select(aggregate, filter) + " LIMIT ? OFFSET ?").params(params).query((ResultSet rs) -> {
            if (columns.isEmpty()) {
                columns.addAll(columnNames(rs.getMetaData()));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), value(rs.getObject(i + 1)));
            }
            rows.add(row);
        });
        if (columns.isEmpty()) {
            columns.addAll(duckDb.sql("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                    + "ORDER BY ordinal_position").param(aggregate.table()).query(String.class).list());
        }
        // JSON names are camelCase across the API; the CSV export keeps the table's column names
        return AggregatePage.of(aggregate.table(), fiscalYear, businessUnit(businessUnit), period,
                columns.stream().map(CamelCase::of).toList(), rows.stream().map(AggregateQuery::camelCase).toList(),
                page, size, total);
    }

    private static Map<String, Object> camelCase(Map<String, Object> row) {
        Map<String, Object> named = new LinkedHashMap<>();
        row.forEach((column, value) -> named.put(CamelCase.of(column), value));
        return named;
    }

    /**
     * Streams every matching row (or one page of them when {@code size} is given): first the column names, then each
     * row's values in column order.
     */
    void stream(Aggregate aggregate, Integer fiscalYear, String businessUnit, Integer period, Integer page,
            Integer size, Consumer<List<Object>> sink) {
        Filter filter = Filter.of(catalogue, aggregate, fiscalYear, businessUnit, period);
        List<Object> params = new ArrayList<>(filter.params());
        String sql = select(aggregate, filter);
        if (size != null) {
            sql += " LIMIT ? OFFSET ?";
            params.add(size);
            params.add((long) (page == null ? 0 : page) * size);
        }
        boolean[] header = {false};
        duckDb.sql(sql).params(params).query((ResultSet rs) -> {
            ResultSetMetaData meta = rs.getMetaData();
            if (!header[0]) {
                sink.accept(new ArrayList<>(columnNames(meta)));
                header[0] = true;
            }
            List<Object> values = new ArrayList<>(meta.getColumnCount());
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values.add(value(rs.getObject(i)));
            }
            sink.accept(values);
        });
        if (!header[0]) {
            sink.accept(new ArrayList<>(duckDb.sql("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_name = ? ORDER BY ordinal_position").param(aggregate.table())
                .query(String.class).list()));
        }
    }

    private static String select(Aggregate aggregate, Filter filter) {
        return "SELECT * FROM " + aggregate.table() + filter.where() + " ORDER BY " + aggregate.orderBy();
    }

    private static List<String> columnNames(ResultSetMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.add(meta.getColumnLabel(i));
        }
        return names;
    }

    /** JDBC values as JSON-friendly Java types (dates and times as java.time). */
    private static Object value(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime();
        }
        return value;
    }

    /** The business unit asked for; none (or {@code *}) asks for the totals over all business units. */
    private static String businessUnit(String businessUnit) {
        return businessUnit == null || businessUnit.isBlank() ? Aggregate.ALL_UNITS : businessUnit.strip();
    }

    private record Filter(String where, List<Object> params) {

        /**
         * Rows of one business unit, or the totals over all of them: the {@code *} rows, or in a table without such
         * rows (it lists journals) the rows of every unit.
         */
        static Filter of(AggregateCatalogue catalogue, Aggregate aggregate, Integer fiscalYear, String businessUnit,
                Integer period) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (fiscalYear != null) {
                conditions.add("fiscal_year = ?");
                params.add(fiscalYear);
            }
            String unit = businessUnit(businessUnit);
            if (aggregate.overallRows() || !unit.equals(Aggregate.ALL_UNITS)) {
                conditions.add("business_unit_code = ?");
                params.add(unit);
            }
            if (period != null) {
                if (!aggregate.hasPeriod()) {
                    throw new InvalidAggregateQuery(aggregate.table() + " has no accounting_period: drop the period "
                            + "filter (tables with one: " + catalogue.all().stream()
                                .filter(Aggregate::hasPeriod).map(Aggregate::table).toList() + ")");
                }
                conditions.add("accounting_period = ?");
                params.add(period);
            }
            String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            return new Filter(where, params);
        }

    }

}
