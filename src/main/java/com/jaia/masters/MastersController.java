package com.jaia.masters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.SqlScript;
import com.jaia.problems.InvalidParameter;
import com.jaia.api.Page;
import com.jaia.api.ProblemAnswers;
import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The masters API, which works while the server holds the DuckDB store: load master files (multipart, one or more)
 * and list each master's row count and last load.
 */
@RestController
@RequestMapping("/api/v1/masters")
@Tag(name = "masters")
class MastersController {

    private static final String SUMMARIES = SqlScript.read("db/masters/master-summaries.sql");

    private final MasterLoader loader;

    private final JdbcClient duckDb;

    MastersController(MasterLoader loader, @Qualifier(DuckDb.READERS) JdbcClient duckDb) {
        this.loader = loader;
        this.duckDb = duckDb;
    }

    @GetMapping
    @Operation(operationId = "listMasters", summary = "List the masters",
            description = "Each master (accounts, users, departments, vendors) with its row count and last load.")
    Page<MasterSummary> masters(
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Masters per page") @RequestParam(defaultValue = "50") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
        return Page.slice(duckDb.sql(SUMMARIES).query((rs, row) -> new MasterSummary(rs.getString("master"),
                rs.getLong("row_count"), rs.getString("file_name") == null ? null
                        : new MasterSummary.LastLoad(rs.getString("file_name"), rs.getString("file_sha256"),
                                rs.getLong("rows_before"), rs.getLong("rows_after"), rs.getString("loaded_by"),
                                rs.getTimestamp("loaded_at").toLocalDateTime().atOffset(ZoneOffset.UTC))))
            .list(), page, size);
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(operationId = "loadMasters", summary = "Load master files",
            description = "Loads one or more master files (form field `files`; CSV, TSV or XLSX, told apart by their "
                    + "header), each replacing its table in one transaction. A file with fewer rows than its master "
                    + "holds is refused unless `replace=true`. 200 when every file loaded, else 422 with each file's "
                    + "outcome (the ones that loaded stay loaded).")
    @ProblemAnswers({ ProblemType.MASTER_REFUSED, ProblemType.TOO_MANY_PARTS, ProblemType.MALFORMED_REQUEST })
    ResponseEntity<List<MasterOutcome>> load(
            @Parameter(description = "The master files") @RequestParam(name = "files", required = false)
            List<MultipartFile> files,
            @Parameter(description = "One master file (an alternative to `files`)")
            @RequestParam(name = "file", required = false) List<MultipartFile> file,
            @Parameter(description = "Let a master shrink") @RequestParam(defaultValue = "false") boolean replace,
            @Parameter(hidden = true) Principal caller) {
        List<MultipartFile> uploads = Stream.concat(files == null ? Stream.empty() : files.stream(),
                file == null ? Stream.empty() : file.stream()).filter(upload -> !upload.isEmpty()).toList();
        if (uploads.isEmpty()) {
            throw new InvalidParameter("files", "send one or more non-empty master files as the multipart form field "
                    + "'files'", List.of());
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("jaia-masters-");
            List<MasterFile> masterFiles = new ArrayList<>();
            for (int i = 0; i < uploads.size(); i++) {
                MultipartFile upload = uploads.get(i);
                String name = upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()
                        ? "upload-" + (i + 1) : Path.of(upload.getOriginalFilename()).getFileName().toString();
                Path stored = dir.resolve(i + "-" + name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
                try (InputStream in = upload.getInputStream()) {
                    Files.copy(in, stored);
                }
                masterFiles.add(new MasterFile(stored, name));
            }
            List<MasterLoadResult> results = loader.load(masterFiles, replace, who(caller));
            List<MasterOutcome> outcomes = results.stream().map(MasterOutcome::of).toList();
            if (results.stream().allMatch(MasterLoadResult::loaded)) {
                return ResponseEntity.ok(outcomes);
            }
            throw new MastersRefused(results, outcomes);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot store the uploaded master files: " + e.getMessage(), e);
        }
        finally {
            delete(dir);
        }
    }

    /** The API key's name when the request carried one, else {@code api}. */
    private static String who(Principal caller) {
        return caller == null || caller.getName() == null || caller.getName().isBlank()
                || caller.getName().equals("anonymousUser") ? "api" : caller.getName();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

}
