package com.jaia.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.BeanFactory;

/**
 * Asks the ML scorer (package {@code com.jaia.rules.ml}, when present in the build) to score the lines of the fiscal
 * years into {@code ml_scores}; when it is absent or fails, the run goes on without ML and says so.
 */
final class MlScoring {

    static final String SCORER = "com.jaia.rules.ml.MlScorer";

    private static final Logger log = LoggerFactory.getLogger(MlScoring.class);

    private final BeanFactory beans;

    /** @param beans where to find the scorer bean; {@code null} to construct it directly */
    MlScoring(BeanFactory beans) {
        this.beans = beans;
    }

    /** Scores the lines and returns the outcome: {@code scored}, or why there are no ML scores. */
    String score(Connection duckDb, List<Integer> fiscalYears, long seed) {
        Class<?> type;
        try {
            type = Class.forName(SCORER);
        }
        catch (ClassNotFoundException e) {
            return "not available: no ML scorer in this build";
        }
        try {
            Object scorer = beans == null ? null : beans.getBeanProvider(type).getIfAvailable();
            if (scorer == null) {
                scorer = type.getDeclaredConstructor().newInstance();
            }
            Method score = type.getMethod("score", Connection.class, Collection.class, long.class);
            score.invoke(scorer, duckDb, fiscalYears, seed);
            return "scored";
        }
        catch (InvocationTargetException e) {
            log.warn("ML scoring failed; risk scores use the rules only", e.getCause());
            return "failed: " + e.getCause();
        }
        catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("ML scorer could not be called; risk scores use the rules only", e);
            return "failed: " + e;
        }
    }

}
