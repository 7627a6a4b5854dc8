package com.jaia;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context its own data directory, so contexts never share a DuckDB or SQLite file, and
 * a {@link RecordingSpanExporter} that keeps its spans in memory, and a {@link ChunkGate} a test can hold an import's
 * validation with.
 */
public class TestDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path dir = Files.createTempDirectory("jaia-test-");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDataDirectory",
                    Map.of("jaia.data-dir", dir.toString(), "jaia.duckdb.path", dir.resolve("jaia.duckdb").toString(),
                            "jaia.metastore.path", dir.resolve("jaia_meta.db").toString())));
            context.getBeanFactory().registerSingleton("recordingSpanExporter", new RecordingSpanExporter());
            context.getBeanFactory().registerSingleton("chunkGate", new ChunkGate());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
