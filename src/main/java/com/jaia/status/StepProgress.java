package com.jaia.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jaia.pipeline.ImportParameters;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Estimates how far a running reading step is: records read (and skipped) against the lines of the file being
 * imported, counted once per file, and the time left at the rate so far.
 */
@Component
class StepProgress {

    private final Map<Path, Long> lineCounts = new ConcurrentHashMap<>();

    StepDetail.Progress of(StepExecution step, Map<String, String> parameters, long partitionsRead) {
        long done = step.getReadCount() + step.getReadSkipCount() + partitionsRead;
        String file = parameters.get(ImportParameters.FILE_PATH);
        if (file == null || done == 0) {
            return null;
        }
        long total = Math.max(done, dataLines(Path.of(file)));
        if (total <= 0) {
            return null;
        }
        Long eta = null;
        double rate = 0;
        if (done > 0 && step.getStartTime() != null) {
            long elapsed = Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis();
            eta = Math.round(elapsed * (double) (total - done) / done / 1000);
            rate = elapsed > 0 ? Math.round(10_000.0 * done / elapsed) / 10.0 : 0;
        }
        return new StepDetail.Progress(done, total, "lines", Math.round(1000.0 * done / total) / 10.0, eta,
                "validating", Map.of(), rate);
    }

    /** Lines after the header; a record with a quoted line break counts as more than one, so this is an estimate. */
    private long dataLines(Path file) {
        return lineCounts.computeIfAbsent(file, StepProgress::countLines);
    }

    private static long countLines(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        catch (IOException e) {
            return 0;
        }
        return Math.max(0, lines - 1);
    }

}
