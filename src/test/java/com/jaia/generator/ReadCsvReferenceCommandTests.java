package com.jaia.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCsvReferenceCommandTests {

    @TempDir
    Path dir;

    @Test
    void loadsTheFileWithDuckDbsReaderAndPrintsRowsAndSeconds() throws IOException {
        Path ledger = dir.resolve("ledger.csv");
        new LedgerGenerator(2).generate(2_000, ledger);
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new ReadCsvReferenceCommand().run(new String[] { ledger.toString(), "--threads=1" });
        }
        finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("rows read: 2000").containsPattern("elapsed: [0-9.]+ s");
    }

    @Test
    void probeOpensDuckDbAndRunsOneQuery() {
        assertThat(ReadCsvReference.run(new String[] { "--probe" })).isZero();
    }

    @Test
    void refusesAFileAndTheProbeTogether() {
        assertThat(ReadCsvReference.run(new String[] { "--probe", dir.resolve("x.csv").toString() })).isEqualTo(2);
    }

    @Test
    void refusesAMissingFile() {
        assertThat(new ReadCsvReferenceCommand().run(new String[] { dir.resolve("none.csv").toString() })).isEqualTo(2);
    }

}
