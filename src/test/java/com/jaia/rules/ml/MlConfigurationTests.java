package com.jaia.rules.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.jaia.JaiaSpringTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@JaiaSpringTest
class MlConfigurationTests {

    @Autowired
    MlSettings settings;

    /** Injected so that the context fails to start, and the test with it, when the scorer is not declared. */
    @Autowired
    MlScorer scorer;

    @Test
    void bindsTheDefaultSettingsAndDeclaresTheScorer() {
        assertThat(settings).isEqualTo(new MlSettings(50_000, 100, 256, 0));
    }

    @Test
    void rejectsSettingsThatCannotGrowAForestNamingTheProperty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MlSettings(1_000, 100, 1, 0))
            .withMessageContaining("jaia.ml.subsample");
        assertThatIllegalArgumentException().isThrownBy(() -> new MlSettings(-5, 100, 256, 0))
            .withMessageContaining("jaia.ml.sample-size");
    }

}
