package com.jaia.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTests {

    @TempDir
    Path dir;

    @Test
    void writesLedgerLabelsAndMasters() throws IOException {
        int exit = new GenerateCommand().run(new String[] { "--lines=1000", "--seed=4", "--out=" + dir.resolve("out/l.csv"),
                "--labels=" + dir.resolve("out/labels.csv"), "--masters=" + dir.resolve("masters"),
                "--fiscal-year=2023", "--anomaly-rate=0.1" });
        assertThat(exit).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/l.csv"))).hasSize(1001).element(1).asString()
            .contains(",2023,");
        assertThat(Files.readAllLines(dir.resolve("out/labels.csv")).size()).isGreaterThan(5);
        assertThat(dir.resolve("masters/vendors.csv")).exists();
    }

    @Test
    void explainsMissingOptions() {
        assertThat(new GenerateCommand().run(new String[] { "--seed=4" })).isEqualTo(2);
        assertThat(new GenerateCommand().run(new String[] { "--lines=1", "--out=" + dir.resolve("x.csv") })).isEqualTo(2);
    }

}
