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
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Loads master files (chart of accounts, users, departments, vendors) into DuckDB, each replacing the previous version
 * of its table. Files are told apart by their header, not their name; bad rows are reported and left out.
 */
@Service
public class MasterLoader {

    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx");

    private final DataSource duckDb;

    public MasterLoader(@Qualifier(DuckDb.QUALIFIER) DataSource duckDb) {
        this.duckDb = duckDb;
    }

    /** Loads every master file (.csv, .tsv, .txt, .xlsx) in {@code dir}, in file-name order. */
    public List<MasterLoadResult> loadDirectory(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile)
                .filter(file -> !file.getFileName().toString().startsWith("."))
                .filter(file -> EXTENSIONS.stream()
                    .anyMatch(file.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                .sorted()
                .toList();
        }
        List<MasterLoadResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(loadFile(file));
        }
        return results;
    }

    /** Loads one master file, replacing the table its header names; never throws for a bad file, it says why. */
    public MasterLoadResult loadFile(Path file) {
        MasterRows rows;
        try (MasterFileReader reader = MasterFileReader.open(file)) {
            rows = MasterRows.read(reader);
        }
        catch (UnknownMasterLayout e) {
            return MasterLoadResult.failed(file, e.getMessage());
        }
        catch (IOException | RuntimeException e) {
            return MasterLoadResult.failed(file, "cannot read the file: " + e.getMessage());
        }
        try (Connection connection = duckDb.getConnection()) {
            MasterTableWriter.replace(connection, rows, file.getFileName().toString(), sha256(file));
        }
        catch (SQLException | IOException e) {
            return MasterLoadResult.failed(file, "cannot load " + rows.header.kind().table + ": " + e.getMessage());
        }
        return new MasterLoadResult(file, rows.header.kind().table, rows.rows.size(), List.copyOf(rows.rejected),
                rows.header.ignored(), null);
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
