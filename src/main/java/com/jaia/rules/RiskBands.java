package com.jaia.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jaia.pipeline.JobFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The risk band cut-offs of {@code journal-import/scoring.yml}: a score at or above a cut-off takes that band.
 *
 * @param critical lowest critical score
 * @param high lowest high score
 * @param medium lowest medium score
 * @param low lowest low score
 * @param mlFactorAt the lowest ML anomaly score (0-1) a journal's top factors name ({@code ml_factor_at}, default 0.5)
 */
record RiskBands(double critical, double high, double medium, double low, double mlFactorAt) {

    static final String FILE = "journal-import/scoring.yml";

    RiskBands {
        if (!(critical > high && high > medium && medium > low && low > 0 && critical <= 100)) {
            throw new IllegalStateException(FILE + ": band cut-offs must fall from critical to low within 0-100, got "
                    + critical + ", " + high + ", " + medium + ", " + low);
        }
        if (!(mlFactorAt >= 0 && mlFactorAt <= 1)) {
            throw new IllegalStateException(FILE + ": ml_factor_at must be between 0 and 1, got " + mlFactorAt);
        }
    }

    static RiskBands load(JobFiles files) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(files.read(FILE));
        Object bands = root == null ? null : root.get("bands");
        if (!(bands instanceof Map<?, ?> cutOffs)) {
            throw new IllegalStateException(FILE + " has no 'bands' section");
        }
        Object mlFactorAt = root.getOrDefault("ml_factor_at", 0.5);
        if (!(mlFactorAt instanceof Number mlCutOff)) {
            throw new IllegalStateException(FILE + ": ml_factor_at must be a number");
        }
        return new RiskBands(cutOff(cutOffs, "critical"), cutOff(cutOffs, "high"), cutOff(cutOffs, "medium"),
                cutOff(cutOffs, "low"), mlCutOff.doubleValue());
    }

    private static double cutOff(Map<?, ?> bands, String band) {
        if (!(bands.get(band) instanceof Number value)) {
            throw new IllegalStateException(FILE + ": bands." + band + " must be a number");
        }
        return value.doubleValue();
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("critical_at", critical);
        parameters.put("high_at", high);
        parameters.put("medium_at", medium);
        parameters.put("low_at", low);
        parameters.put("ml_factor_at", mlFactorAt);
        return parameters;
    }

}
