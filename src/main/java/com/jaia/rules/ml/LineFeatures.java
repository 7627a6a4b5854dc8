package com.jaia.rules.ml;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers streamed per line from {@code ml_features}, in this order: the forest's {@link MlFeature}s, then the
 * preparer's robust z of the entry hour and of the entry lag, then the amount as a DOUBLE. Only numbers: reading
 * text over JDBC costs several times more.
 */
final class LineFeatures {

    static final int USER_HOUR_Z = MlFeature.values().length;
    static final int USER_LAG_Z = USER_HOUR_Z + 1;
    static final int AMOUNT = USER_LAG_Z + 1;
    /** Values per line. */
    static final int WIDTH = AMOUNT + 1;

    private LineFeatures() {
    }

    /** {@code SELECT line_rowid, <the WIDTH values> FROM ml_features}. */
    static String select() {
        List<String> columns = new ArrayList<>(MlFeature.columns());
        columns.add("user_hour_z");
        columns.add("user_lag_z");
        columns.add("amount::DOUBLE");
        return "SELECT line_rowid, " + String.join(", ", columns) + " FROM ml_features";
    }

}
