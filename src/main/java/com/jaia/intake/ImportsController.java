package com.jaia.intake;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jaia.duckdb.CamelCase;
import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.SqlScript;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST imports: a multipart upload or an S3 URI, both answered with 202 and the job execution to follow; and the
 * imports ledger.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "imports", description = "Start imports and list the imports ledger")
class ImportsController {

    private static final String LEDGER = SqlScript.read("db/intake/imports.sql");

    private final ImportQueue queue;

    private final Uploads uploads;

    private final ObjectProvider<S3Imports> s3;

    private final JdbcClient duckDb;

    ImportsController(ImportQueue queue, Uploads uploads, ObjectProvider<S3Imports> s3,
            @Qualifier(DuckDb.QUALIFIER) JdbcClient duckDb) {
        this.queue = queue;
        this.uploads = uploads;
        this.s3 = s3;
        this.duckDb = duckDb;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Uploads a ledger file (streamed to disk) and queues its import")
    ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String businessUnit,
            @RequestParam(defaultValue = "false") boolean replace) throws IOException {
        ImportRequest.checkFiscalYear(fiscalYear);
        if (file.isEmpty()) {
            throw new EmptyUpload(file.getOriginalFilename());
        }
        if (file.getSize() > uploads.maxBytes()) {
            throw new UploadTooLarge(uploads.maxBytes());
        }
        Path stored = uploads.receive(file.getInputStream(), file.getOriginalFilename());
        ImportSubmission submission;
        try {
            submission = queue.submit(new ImportRequest(stored, Optional.ofNullable(fiscalYear),
                    Optional.ofNullable(businessUnit).filter(unit -> !unit.isBlank()), "rest", replace));
        }
        catch (RuntimeException refused) {
            uploads.discard(stored);
            throw refused;
        }
        submission.completion().thenAccept(ended -> {
            if (ended.getStatus() == BatchStatus.COMPLETED) {
                uploads.discard(stored);
            }
        });
        return accepted(submission);
    }

    /**
     * An S3 object to import.
     *
     * @param uri {@code s3://bucket/key}
     * @param fiscalYear the fiscal year for every line, when the file has none
     * @param businessUnit the business unit for every line, when the file has none
     * @param replace whether the import replaces the journals earlier imports hold in its scope
     */
    record S3ImportRequest(String uri, Integer fiscalYear, String businessUnit, Boolean replace) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Imports an S3 object given as {\"uri\": \"s3://bucket/key\"}")
    ResponseEntity<Map<String, Object>> fromS3(@RequestBody S3ImportRequest request) {
        ImportRequest.checkFiscalYear(request.fiscalYear());
        S3Imports imports = s3.getIfAvailable();
        if (imports == null) {
            throw new IllegalArgumentException("S3 imports are not available in this mode");
        }
        return accepted(imports.importObject(S3Location.parse(request.uri()), Optional.ofNullable(request.fiscalYear()),
                Optional.ofNullable(request.businessUnit()).filter(unit -> !unit.isBlank()),
                Boolean.TRUE.equals(request.replace())));
    }

    @GetMapping
    @Operation(summary = "The imports ledger, newest first")
    Map<String, Object> ledger(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int pageSize = Math.min(Math.max(1, size), 1000);
        List<Map<String, Object>> rows = duckDb.sql(LEDGER)
            .param("size", pageSize)
            .param("offset", (long) Math.max(0, page) * pageSize)
            .query(CamelCase.ROWS)
            .list();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0).get("total")).longValue();
        rows.forEach(row -> row.remove("total"));
        return Map.of("items", rows, "page", Math.max(0, page), "size", pageSize, "total", total);
    }

    private static ResponseEntity<Map<String, Object>> accepted(ImportSubmission submission) {
        long id = submission.execution().getId();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("importId", submission.execution().getJobInstance().getInstanceId());
        body.put("status", submission.execution().getStatus().name());
        body.put("job", "/api/v1/jobs/" + id);
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + id)).body(body);
    }

}
