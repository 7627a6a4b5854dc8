package com.jaia.masters;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more uploaded master files were refused; the others of the same request were loaded.
 */
class MastersRefused extends RuntimeException {

    private final transient List<MasterOutcome> outcomes;

    MastersRefused(List<MasterLoadResult> results, List<MasterOutcome> outcomes) {
        super(results.stream().filter(result -> !result.loaded()).count() + " of " + results.size()
                + " master files were not loaded: " + results.stream().filter(result -> !result.loaded())
                    .map(result -> result.fileName() + ": " + result.problem()).collect(Collectors.joining("; ")));
        this.outcomes = outcomes;
    }

    List<MasterOutcome> outcomes() {
        return outcomes;
    }

}
