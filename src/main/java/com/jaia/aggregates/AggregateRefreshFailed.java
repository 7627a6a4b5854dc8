package com.jaia.aggregates;

/**
 * A refresh of the aggregate tables failed and was rolled back: every table keeps its previous rows.
 */
class AggregateRefreshFailed extends RuntimeException {

    AggregateRefreshFailed(String table, Throwable cause) {
        super("refreshing " + table + " failed, all aggregate tables keep their previous rows: " + cause.getMessage(),
                cause);
    }

}
