package com.jaia.rules.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores every line of {@code ml_features} and exposes the scores as the temp view {@code ml_line_scores}: one thread
 * streams the features (numbers only), one {@link LineScoreWriter} per core scores blocks and writes its own CSV file,
 * and DuckDB reads the files back in parallel (much faster than an Appender for millions of rows).
 */
final class LineScoring {

    private LineScoring() {
    }

    /** Returns the number of lines scored; the view reads files in {@code workDir}, so use it before deleting them. */
    static long scoreAll(Connection duckDb, CompiledForest forest, FeatureSample sample, Path workDir, int workers)
            throws SQLException, IOException {
        BlockingQueue<FeatureBlock> queue = new ArrayBlockingQueue<>(2 * workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<Long>> scored = new ArrayList<>();
        List<Path> files = files(workDir, workers);
        try {
            for (int w = 0; w < workers; w++) {
                Path file = files.get(w);
                FeatureExplanation explanation = new FeatureExplanation(sample.center(), sample.spread());
                scored.add(pool.submit(new LineScoreWriter(queue, forest, explanation, file)));
            }
            try {
                stream(duckDb, queue);
            }
            finally {
                for (int w = 0; w < workers; w++) {
                    put(queue, FeatureBlock.END);
                }
            }
            long lines = 0;
            for (Future<Long> worker : scored) {
                lines += join(worker);
            }
            return lines;
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** The CSV files the workers write, one each, which {@code ml_scores.sql} reads back. */
    static List<Path> files(Path workDir, int workers) {
        List<Path> files = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            files.add(workDir.resolve("scores-" + w + ".csv"));
        }
        return files;
    }

    private static void stream(Connection duckDb, BlockingQueue<FeatureBlock> queue) throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            statement.setFetchSize(FeatureBlock.CAPACITY * 8);
            try (ResultSet result = statement.executeQuery(LineFeatures.select())) {
                FeatureBlock block = new FeatureBlock();
                while (result.next()) {
                    block.read(result);
                    if (block.full()) {
                        put(queue, block);
                        block = new FeatureBlock();
                    }
                }
                if (block.rows > 0) {
                    put(queue, block);
                }
            }
        }
    }

    private static void put(BlockingQueue<FeatureBlock> queue, FeatureBlock block) {
        try {
            queue.put(block);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring lines", e);
        }
    }

    private static long join(Future<Long> worker) throws IOException {
        try {
            return worker.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring lines", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("scoring lines failed", e.getCause());
        }
    }

}
