package com.jaia.rules.ml;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
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
 * Scores every line of {@code ml_features} with the forest and loads {@code (line_rowid, path_nanos)} into the temp
 * table {@code ml_isolation}: one thread streams the features, one worker per core scores blocks and writes its own
 * CSV file, and DuckDB reads the files back in parallel (much faster than an Appender for millions of rows).
 * {@code path_nanos} is the mean path length E[h(x)] times 10^9, rounded.
 */
final class IsolationScoring {

    private static final int BLOCK_ROWS = 4096;
    private static final Block END = new Block(0, 0);

    private IsolationScoring() {
    }

    /** Returns the number of lines scored. */
    static long scoreAll(Connection duckDb, CompiledForest forest, Path workDir, int workers)
            throws SQLException, IOException {
        int dimensions = MlFeature.values().length;
        BlockingQueue<Block> queue = new ArrayBlockingQueue<>(2 * workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<Long>> scored = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                Path file = workDir.resolve("isolation-" + w + ".csv");
                files.add(file);
                scored.add(pool.submit(() -> drain(queue, forest, dimensions, file)));
            }
            try {
                stream(duckDb, queue, dimensions);
            }
            finally {
                for (int w = 0; w < workers; w++) {
                    put(queue, END);
                }
            }
            long lines = 0;
            for (Future<Long> worker : scored) {
                lines += join(worker);
            }
            load(duckDb, files);
            return lines;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static void stream(Connection duckDb, BlockingQueue<Block> queue, int dimensions) throws SQLException {
        String sql = "SELECT line_rowid, " + String.join(", ", MlFeature.columns()) + " FROM ml_features";
        try (Statement statement = duckDb.createStatement()) {
            statement.setFetchSize(BLOCK_ROWS * 8);
            try (ResultSet result = statement.executeQuery(sql)) {
                Block block = new Block(BLOCK_ROWS, dimensions);
                while (result.next()) {
                    block.read(result);
                    if (block.rows == BLOCK_ROWS) {
                        put(queue, block);
                        block = new Block(BLOCK_ROWS, dimensions);
                    }
                }
                if (block.rows > 0) {
                    put(queue, block);
                }
            }
        }
    }

    private static long drain(BlockingQueue<Block> queue, CompiledForest forest, int dimensions, Path file)
            throws IOException, InterruptedException {
        try {
            return score(queue, forest, dimensions, file);
        }
        catch (IOException | RuntimeException e) {
            // keep taking so the streaming thread never blocks on a full queue
            while (queue.take() != END) {
                continue;
            }
            throw e;
        }
    }

    private static long score(BlockingQueue<Block> queue, CompiledForest forest, int dimensions, Path file)
            throws IOException, InterruptedException {
        long lines = 0;
        double[] meanPath = new double[BLOCK_ROWS];
        StringBuilder text = new StringBuilder(BLOCK_ROWS * 32);
        try (Writer out = Files.newBufferedWriter(file)) {
            for (Block block = queue.take(); block != END; block = queue.take()) {
                forest.meanPathLengths(block.values, block.rows, dimensions, meanPath);
                text.setLength(0);
                for (int r = 0; r < block.rows; r++) {
                    text.append(block.rowIds[r]).append(',').append(Math.round(meanPath[r] * 1e9)).append('\n');
                }
                out.append(text);
                lines += block.rows;
            }
        }
        return lines;
    }

    private static void load(Connection duckDb, List<Path> files) throws SQLException {
        StringBuilder list = new StringBuilder();
        for (Path file : files) {
            list.append(list.isEmpty() ? "" : ", ").append('\'').append(file.toString().replace("'", "''")).append('\'');
        }
        try (Statement statement = duckDb.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE ml_isolation AS SELECT * FROM read_csv([" + list
                    + "], header = false, auto_detect = false, columns = {'line_rowid': 'BIGINT', 'path_nanos': 'BIGINT'})");
        }
    }

    private static void put(BlockingQueue<Block> queue, Block block) {
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

    /** Up to {@link #BLOCK_ROWS} feature rows, row-major, with their {@code journal_entries} row ids. */
    private static final class Block {

        final long[] rowIds;
        final double[] values;
        final int dimensions;
        int rows;

        Block(int capacity, int dimensions) {
            this.rowIds = new long[capacity];
            this.values = new double[capacity * dimensions];
            this.dimensions = dimensions;
        }

        void read(ResultSet result) throws SQLException {
            rowIds[rows] = result.getLong(1);
            for (int f = 0; f < dimensions; f++) {
                values[rows * dimensions + f] = result.getDouble(f + 2);
            }
            rows++;
        }

    }

}
