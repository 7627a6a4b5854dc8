package com.jaia.aggregates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The aggregate tables of {@code journal-import/aggregates/catalogue.yml}, in refresh order (a table may read the
 * ones before it). Names from the file go into SQL, so they must be plain identifiers.
 */
final class AggregateCatalogue {

    static final String FILE = "catalogue.yml";

    private static final Pattern TABLE = Pattern.compile("agg_[a-z0-9_]+");

    private static final Pattern COLUMNS = Pattern.compile("[a-z_][a-z0-9_]*(\\s*,\\s*[a-z_][a-z0-9_]*)*");

    private final List<Aggregate> aggregates;

    private AggregateCatalogue(List<Aggregate> aggregates) {
        this.aggregates = List.copyOf(aggregates);
    }

    static AggregateCatalogue parse(String yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<Aggregate> aggregates = new ArrayList<>();
        for (Object item : (List<?>) root.get("aggregates")) {
            Map<?, ?> entry = (Map<?, ?>) item;
            String table = String.valueOf(entry.get("table"));
            String orderBy = String.valueOf(entry.get("order_by"));
            if (!TABLE.matcher(table).matches() || !COLUMNS.matcher(orderBy).matches()) {
                throw new IllegalStateException("the aggregates catalogue entry '" + table + "' needs a table named "
                        + "agg_... and order_by column names separated by commas, not '" + orderBy + "'");
            }
            aggregates.add(new Aggregate(table, String.valueOf(entry.get("description")), orderBy,
                    flag(entry, "has_period", false), flag(entry, "compares_with_previous_year", false),
                    flag(entry, "overall_rows", true)));
        }
        return new AggregateCatalogue(aggregates);
    }

    private static boolean flag(Map<?, ?> entry, String name, boolean otherwise) {
        Object value = entry.get(name);
        return value == null ? otherwise : Boolean.TRUE.equals(value);
    }

    /** Every table, in refresh order. */
    List<Aggregate> all() {
        return aggregates;
    }

    Optional<Aggregate> byTable(String table) {
        return aggregates.stream().filter(aggregate -> aggregate.table().equals(table)).findFirst();
    }

}
