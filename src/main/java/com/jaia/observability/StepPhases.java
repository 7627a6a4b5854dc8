package com.jaia.observability;

import java.util.Map;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.step.StepExecution;

/**
 * The {@link Phases} of one running step: each call reports to the {@link ProgressBoard}, and each new phase name
 * becomes its own observation (a span under the step's), ended when the next phase starts or this is closed.
 */
public final class StepPhases implements Phases, AutoCloseable {

    private final ProgressBoard board;

    private final StepExecution step;

    private final String unit;

    private final String observationName;

    private final ObservationRegistry registry;

    private String current;

    private Observation observation;

    private Observation.Scope scope;

    StepPhases(ProgressBoard board, StepExecution step, String unit, String observationName,
            ObservationRegistry registry) {
        this.board = board;
        this.step = step;
        this.unit = unit;
        this.observationName = observationName;
        this.registry = registry;
    }

    @Override
    public void at(String name, int done, int of) {
        board.report(step, done, of, unit, name, Map.of());
        if (!name.equals(current)) {
            end();
            current = name;
            observation = Observation.createNotStarted(observationName, registry)
                .contextualName(observationName + " " + name)
                .highCardinalityKeyValue("phase", name)
                .start();
            scope = observation.openScope();
        }
    }

    private void end() {
        if (scope != null) {
            scope.close();
            observation.stop();
            scope = null;
            observation = null;
        }
    }

    @Override
    public void close() {
        end();
    }

}
