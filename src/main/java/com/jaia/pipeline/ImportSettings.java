package com.jaia.pipeline;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How imports read, check and load ledger files.
 *
 * @param chunkSize rows per chunk of the validation step ({@code BATCH_SIZE})
 * @param maxWorkers imports that may run at once in the server ({@code MAX_WORKERS})
 * @param partitions byte ranges a file is cut into and validated in parallel (0: one per core)
 * @param workDir where an import keeps its staged rows until they are loaded
 * @param fiscalYearStartMonth the month (1-12) a fiscal year starts in, for files without fiscal year and period
 * @param balanceTolerance how far a journal's debits and credits may differ before it is rejected
 * @param encoding the file encoding when it must not be detected (e.g. {@code MS932}); blank: detect
 * @param delimiter the field delimiter when it must not be detected ({@code ,} or {@code \t}); blank: detect
 * @param mappingProfile a named header mapping profile in {@code mappingDir} ({@code NAME.yml}); blank: the standard one
 * @param mappingDir where mapping profiles live
 * @param maxFieldLength the longest field accepted, in characters
 * @param rawLineMaxLength how much of a rejected line is kept for the auditor
 * @param defaultBusinessUnit the business unit of lines when neither the file nor the import names one
 */
@ConfigurationProperties("jaia.import")
public record ImportSettings(int chunkSize, int maxWorkers, int partitions, Path workDir, int fiscalYearStartMonth,
        BigDecimal balanceTolerance, String encoding, String delimiter, String mappingProfile, Path mappingDir,
        int maxFieldLength, int rawLineMaxLength, String defaultBusinessUnit) {

    public ImportSettings {
        chunkSize = chunkSize <= 0 ? 10_000 : chunkSize;
        maxWorkers = maxWorkers <= 0 ? 4 : maxWorkers;
        partitions = partitions <= 0 ? Runtime.getRuntime().availableProcessors() : partitions;
        workDir = workDir == null ? Path.of("data", "work") : workDir;
        fiscalYearStartMonth = fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12 ? 4 : fiscalYearStartMonth;
        balanceTolerance = balanceTolerance == null ? BigDecimal.ZERO : balanceTolerance;
        mappingDir = mappingDir == null ? Path.of("config", "mappings") : mappingDir;
        maxFieldLength = maxFieldLength <= 0 ? 1000 : maxFieldLength;
        rawLineMaxLength = rawLineMaxLength <= 0 ? 2000 : rawLineMaxLength;
        defaultBusinessUnit = defaultBusinessUnit == null || defaultBusinessUnit.isBlank() ? "DEFAULT"
                : defaultBusinessUnit.strip();
    }

    /** The working directory of one import. */
    public Path workDirOf(long importId) {
        return workDir.resolve("import-" + importId);
    }

}
