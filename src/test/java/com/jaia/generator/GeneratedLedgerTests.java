package com.jaia.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's ledger, labels and masters, generated once for the test class into its own directory and read back
 * as rows keyed by header.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GeneratedLedgerTests {

    private final LedgerGenerator generator;

    private final int lines;

    /** The class's directory: the ledger, its labels and {@code masters/}. */
    Path dir;

    List<Map<String, String>> rows;

    List<Map<String, String>> labels;

    GeneratedLedgerTests(LedgerGenerator generator, int lines) {
        this.generator = generator;
        this.lines = lines;
    }

    @BeforeAll
    void generate(@TempDir Path classDir) throws IOException {
        dir = classDir;
        generator.generate(lines, dir.resolve("ledger.csv"), dir.resolve("labels.csv"));
        generator.writeMasters(dir.resolve("masters"));
        rows = LedgerFile.rows(dir.resolve("ledger.csv"));
        labels = LedgerFile.rows(dir.resolve("labels.csv"));
    }

}
