package com.jaia.masters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;
import com.jaia.masters.MasterTableWriter.MasterShrinkRefused;
import com.jaia.problems.PlainReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Loads master files (chart of accounts, users, departments, vendors) into DuckDB, each replacing the previous version
 * of its table. Files are told apart by their header, not their name. A file whose kind cannot be told, two files of
 * one kind in one load, and a file with fewer rows than its table (unless replacing is asked for) are refused; bad
 * rows are reported and left out. Every attempt is recorded in {@code master_loads}.
 */
@Service
public class MasterLoader {

    private static final Logger log = LoggerFactory.getLogger(MasterLoader.class);


    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx");

    private final DataSource duckDb;

    public MasterLoader(@Qualifier(DuckDb.QUALIFIER) DataSource duckDb) {
        this.duckDb = duckDb;
    }

    /** Loads every master file (.csv, .tsv, .txt, .xlsx) in {@code dir}, in file-name order. */
    public List<MasterLoadResult> loadDirectory(Path dir, boolean replace, String loadedBy) throws IOException {
        List<MasterFile> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile)
                .filter(file -> !file.getFileName().toString().startsWith("."))
                .filter(file -> EXTENSIONS.stream()
                    .anyMatch(file.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                .sorted()
                .map(MasterFile::of)
                .toList();
        }
        return load(files, replace, loadedBy);
    }

    /**
     * Loads the files; never throws for a bad file, its result says why it was refused.
     * @param replace whether a file may replace a table with more rows than it has
     * @param loadedBy who asked, for the record
     */
    public List<MasterLoadResult> load(List<MasterFile> files, boolean replace, String loadedBy) {
        Map<MasterFile, Object> read = new LinkedHashMap<>();
        for (MasterFile file : files) {
            read.put(file, read(file));
        }
        Map<MasterKind, List<MasterFile>> byKind = read.entrySet().stream()
            .filter(entry -> entry.getValue() instanceof MasterRows)
            .collect(Collectors.groupingBy(entry -> ((MasterRows) entry.getValue()).header.kind(), LinkedHashMap::new,
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        List<MasterLoadResult> results = new ArrayList<>();
        for (Map.Entry<MasterFile, Object> entry : read.entrySet()) {
            MasterFile file = entry.getKey();
            if (entry.getValue() instanceof String problem) {
                results.add(refused(file, null, 0, problem, loadedBy));
                continue;
            }
            MasterRows rows = (MasterRows) entry.getValue();
            List<MasterFile> sameKind = byKind.get(rows.header.kind());
            if (sameKind.size() > 1) {
                results.add(refused(file, rows, -1, "the files " + sameKind.stream().map(MasterFile::name)
                    .collect(Collectors.joining(", ")) + " all hold " + rows.header.kind().table + ", and each would "
                        + "replace the one before; load the right one alone", loadedBy));
                continue;
            }
            results.add(write(file, rows, replace, loadedBy));
        }
        return results;
    }

    /** The file's rows, or why its kind cannot be told or it cannot be read. */
    private static Object read(MasterFile file) {
        try (MasterFileReader reader = MasterFileReader.open(file.path())) {
            return MasterRows.read(reader);
        }
        catch (UnknownMasterLayout e) {
            return "cannot tell which master it is: " + e.getMessage();
        }
        catch (IOException | RuntimeException e) {
            log.warn("cannot read master file {}", file.name(), e);
            return "cannot read the file: " + PlainReason.of(e);
        }
    }

    private MasterLoadResult write(MasterFile file, MasterRows rows, boolean replace, String loadedBy) {
        MasterKind kind = rows.header.kind();
        try (Connection connection = duckDb.getConnection()) {
            long before = MasterTableWriter.replace(connection, rows, file, sha256(file.path()), replace, loadedBy);
            return new MasterLoadResult(file.path(), file.name(), kind.table, before, rows.rows.size(),
                    rows.rows.size(), List.copyOf(rows.rejected), rows.header.ignored(), null);
        }
        catch (MasterShrinkRefused shrink) {
            return refused(file, rows, shrink.before, "it would replace the " + shrink.before + " rows of "
                    + kind.table + " with " + rows.rows.size() + "; nothing was changed. If that is intended, load "
                    + "it again with --replace (API: replace=true)", loadedBy);
        }
        catch (SQLException | IOException e) {
            log.warn("cannot load master file {} into {}", file.name(), kind.table, e);
            return MasterLoadResult.failed(file, "cannot load " + kind.table + ": " + PlainReason.of(e));
        }
    }

    private MasterLoadResult refused(MasterFile file, MasterRows rows, long before, String problem,
            String loadedBy) {
        String table = rows == null ? null : rows.header.kind().table;
        try (Connection connection = duckDb.getConnection()) {
            long count = before >= 0 || table == null ? Math.max(before, 0) : count(connection, table);
            MasterTableWriter.record(connection, table, file, sha256(file.path()), rows == null ? 0 : rows.rows.size(),
                    rows == null ? 0 : rows.rejected.size(), count, count, loadedBy, problem);
            return new MasterLoadResult(file.path(), file.name(), table, count, count,
                    rows == null ? 0 : rows.rows.size(), rows == null ? List.of() : List.copyOf(rows.rejected),
                    rows == null ? List.of() : rows.header.ignored(), problem);
        }
        catch (SQLException | IOException e) {
            return MasterLoadResult.failed(file, problem);
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
