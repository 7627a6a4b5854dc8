package com.jaia.rules.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jaia.duckdb.SqlScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes unsupervised anomaly scores for every line of the given fiscal years into {@code ml_scores}: an isolation
 * forest fitted per fiscal year on a seeded sample plus robust z-scores of the amount per account and per preparer.
 */
public class MlScorer {

    private static final Logger log = LoggerFactory.getLogger(MlScorer.class);

    private static final List<String> TEMP_OBJECTS = List.of("VIEW IF EXISTS ml_features",
            "TABLE IF EXISTS ml_account_stats", "TABLE IF EXISTS ml_user_stats",
            "TABLE IF EXISTS ml_user_amount_stats", "TABLE IF EXISTS ml_user_time_counts",
            "TABLE IF EXISTS ml_user_time_centers", "TABLE IF EXISTS ml_user_time_stats",
            "TABLE IF EXISTS ml_user_account_counts", "TABLE IF EXISTS ml_journal_counts",
            "MACRO TABLE IF EXISTS ml_counted_median");

    private final MlSettings settings;

    public MlScorer(MlSettings settings) {
        this.settings = settings;
    }

    /** Scores with the configured seed; see {@link #score(Connection, Collection, long)}. */
    public MlScoringResult score(Connection duckDb, Collection<Integer> fiscalYears) {
        return score(duckDb, fiscalYears, settings.seed());
    }

    /** Scores the fiscal years of every business unit together; see {@link #score(Connection, Collection, String, long)}. */
    public MlScoringResult score(Connection duckDb, Collection<Integer> fiscalYears, long seed) {
        return score(duckDb, fiscalYears, null, seed);
    }

    /**
     * Replaces the {@code ml_scores} rows of the ledgers of {@code businessUnit} ({@code ""}: lines without one; null:
     * every business unit together) in {@code fiscalYears}, fitting one model per ledger and leaving other ledgers
     * untouched. On a connection in auto-commit mode this runs as one transaction of its own; otherwise it joins the
     * caller's transaction and leaves the commit to the caller.
     */
    public MlScoringResult score(Connection duckDb, Collection<Integer> fiscalYears, String businessUnit, long seed) {
        long started = System.nanoTime();
        List<Integer> years = fiscalYears.stream().distinct().sorted().toList();
        long lines = 0;
        long sampled = 0;
        Path work = null;
        boolean ownTransaction = false;
        try {
            ownTransaction = duckDb.getAutoCommit();
            duckDb.setAutoCommit(false);
            work = Files.createTempDirectory("jaia-ml-");
            for (int year : years) {
                YearScored scored = scoreYear(duckDb, year, businessUnit, seed, work);
                lines += scored.lines();
                sampled += scored.sampled();
            }
            dropTempObjects(duckDb);
            if (ownTransaction) {
                duckDb.commit();
            }
        }
        catch (SQLException | IOException | RuntimeException e) {
            rollback(duckDb, ownTransaction);
            throw new MlScoringFailed("ML scoring of fiscal years " + years + " failed: " + e.getMessage(), e);
        }
        finally {
            restore(duckDb, ownTransaction);
            deleteQuietly(work);
        }
        MlScoringResult result = new MlScoringResult(years, lines, sampled, settings.trees(), seed,
                Duration.ofNanos(System.nanoTime() - started));
        log.info("ML scores: {} lines of fiscal years {} in {} ms (seed {})", lines, years,
                result.elapsed().toMillis(), seed);
        return result;
    }

    private YearScored scoreYear(Connection duckDb, int year, String businessUnit, long seed, Path work)
            throws SQLException, IOException {
        try (SqlScript.Variables bound = SqlScript.variables(duckDb, Map.of("ml_fiscal_year", year, "ml_all_units",
                businessUnit == null, "ml_business_unit", businessUnit == null ? "" : businessUnit))) {
            return scoreBoundYear(duckDb, year, seed, work);
        }
    }

    private YearScored scoreBoundYear(Connection duckDb, int year, long seed, Path work)
            throws SQLException, IOException {
        long started = System.nanoTime();
        MlSql.execute(duckDb, "ml_features.sql");
        long statistics = System.nanoTime();
        SqlScript.update(duckDb, "DELETE FROM ml_scores WHERE fiscal_year = ? AND (getvariable('ml_all_units') "
                + "OR coalesce(business_unit_code, '') = getvariable('ml_business_unit'))", year);
        long deleted = System.nanoTime();
        FeatureSample sample = FeatureSample.read(duckDb, year, settings.sampleSize(), seed);
        if (sample.size() == 0) {
            return new YearScored(0, 0);
        }
        IsolationForest forest = IsolationForest.fit(sample.rows(), settings.trees(), settings.subsample(), seed);
        long fitted = System.nanoTime();
        log.debug("ML features and fit of fiscal year {}: statistics {} ms, delete {} ms, sample and fit {} ms", year,
                (statistics - started) / 1_000_000, (deleted - statistics) / 1_000_000, (fitted - deleted) / 1_000_000);
        Path yearDir = Files.createDirectories(work.resolve(Integer.toString(year)));
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        long lines = LineScoring.scoreAll(duckDb, new CompiledForest(forest), sample, yearDir, workers);
        long scored = System.nanoTime();
        List<String> files = LineScoring.files(yearDir, workers).stream().map(Path::toString).toList();
        try (SqlScript.Variables bound = SqlScript.variables(duckDb, Map.of("ml_score_files", files))) {
            MlSql.execute(duckDb, "ml_scores.sql");
        }
        log.debug("ML scores of fiscal year {}: features and fit {} ms, isolation scores {} ms, ml_scores {} ms", year,
                (fitted - started) / 1_000_000, (scored - fitted) / 1_000_000, (System.nanoTime() - scored) / 1_000_000);
        return new YearScored(lines, sample.size());
    }

    private static void dropTempObjects(Connection duckDb) throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            for (String object : TEMP_OBJECTS) {
                statement.execute("DROP " + object);
            }
        }
    }

    private static void rollback(Connection duckDb, boolean ownTransaction) {
        try {
            if (ownTransaction) {
                duckDb.rollback();
            }
        }
        catch (SQLException e) {
            log.warn("rolling back ML scoring failed", e);
        }
    }

    private static void restore(Connection duckDb, boolean ownTransaction) {
        try {
            if (ownTransaction) {
                duckDb.setAutoCommit(true);
            }
        }
        catch (SQLException e) {
            log.warn("restoring auto-commit after ML scoring failed", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        catch (IOException e) {
            log.warn("could not delete the ML work directory {}", dir, e);
        }
    }

    private record YearScored(long lines, long sampled) {
    }

}
