package com.jaia.rules.ml;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;

/**
 * One scoring worker: takes feature blocks off the queue until {@link FeatureBlock#END}, scores each line with the
 * forest and the robust z-scores, and writes {@code line_rowid,ml_score,ml_method,isolation_score,
 * account_outlier_score,user_outlier_score,top_features} lines to its own CSV file. Returns the lines written.
 */
final class LineScoreWriter implements Callable<Long> {

    private final BlockingQueue<FeatureBlock> queue;
    private final CompiledForest forest;
    private final FeatureExplanation explanation;
    private final Path file;

    LineScoreWriter(BlockingQueue<FeatureBlock> queue, CompiledForest forest, FeatureExplanation explanation, Path file) {
        this.queue = queue;
        this.forest = forest;
        this.explanation = explanation;
        this.file = file;
    }

    @Override
    public Long call() throws IOException, InterruptedException {
        try {
            return writeAll();
        }
        catch (IOException | RuntimeException e) {
            // keep taking so the streaming thread never blocks on a full queue
            while (queue.take() != FeatureBlock.END) {
                continue;
            }
            throw e;
        }
    }

    private long writeAll() throws IOException, InterruptedException {
        long lines = 0;
        double[] meanPath = new double[FeatureBlock.CAPACITY];
        StringBuilder text = new StringBuilder(FeatureBlock.CAPACITY * 96);
        try (Writer out = Files.newBufferedWriter(file)) {
            for (FeatureBlock block = queue.take(); block != FeatureBlock.END; block = queue.take()) {
                forest.meanPathLengths(block.values, block.rows, LineFeatures.WIDTH, meanPath);
                text.setLength(0);
                for (int r = 0; r < block.rows; r++) {
                    line(text, block.rowIds[r], meanPath[r], block.values, r * LineFeatures.WIDTH);
                }
                out.append(text);
                lines += block.rows;
            }
        }
        return lines;
    }

    private void line(StringBuilder text, long rowId, double meanPath, double[] values, int base) {
        LineScore score = LineScore.of(forest.score(meanPath), values[base + MlFeature.ACCOUNT_Z.ordinal()],
                values[base + MlFeature.USER_Z.ordinal()], values[base + LineFeatures.USER_HOUR_Z],
                values[base + LineFeatures.USER_LAG_Z]);
        text.append(rowId).append(',');
        number(text, score.mlScore()).append(',').append(score.method()).append(',');
        number(text, score.isolationScore()).append(',');
        number(text, score.accountOutlierScore()).append(',');
        number(text, score.userOutlierScore()).append(',');
        explanation.append(text, values, base);
        text.append('\n');
    }

    /** Writes a double so that DuckDB reads back exactly the same value, with a shortcut for the frequent zero. */
    private static StringBuilder number(StringBuilder text, double value) {
        return value == 0 ? text.append('0') : text.append(value);
    }

}
