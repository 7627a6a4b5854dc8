package com.jaia.intake;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.jaia.api.Page;
import com.jaia.api.ProblemAnswers;
import com.jaia.api.Timestamps;
import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.SqlScript;
import com.jaia.problems.InvalidParameter;
import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@Tag(name = "imports")
class ImportsController {

    private static final String LEDGER = SqlScript.read("db/intake/imports.sql");

    private final ImportQueue queue;

    private final Uploads uploads;

    private final ObjectProvider<S3Imports> s3;

    private final JdbcClient duckDb;

    ImportsController(ImportQueue queue, Uploads uploads, ObjectProvider<S3Imports> s3,
            @Qualifier(DuckDb.READERS) JdbcClient duckDb) {
        this.queue = queue;
        this.uploads = uploads;
        this.s3 = s3;
        this.duckDb = duckDb;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "uploadLedger", summary = "Upload a ledger file and queue its import",
            description = "Streams the file (CSV, TSV or XLSX; UTF-8 or Shift_JIS) to disk and queues its import; "
                    + "answers 202 at once with the job execution to follow (also in Location). Content already "
                    + "imported, or being imported, is refused with 409 naming the earlier import.")
    @ApiResponse(responseCode = "202", description = "Queued; follow the job at `job`",
            headers = @Header(name = "Location", description = "The job execution", schema = @Schema(type = "string")))
    @ProblemAnswers({ ProblemType.MISSING_PARAMETER, ProblemType.EMPTY_UPLOAD, ProblemType.UPLOAD_TOO_LARGE,
            ProblemType.TOO_MANY_PARTS, ProblemType.IMPORT_REFUSED })
    ResponseEntity<ImportAccepted> upload(
            @Parameter(description = "The ledger file") @RequestPart("file") MultipartFile file,
            @Parameter(description = "The fiscal year of lines whose file has none (a row whose own year differs "
                    + "is rejected)", schema = @Schema(type = "integer", format = "int32", minimum = "1900",
                            maximum = "2200")) @RequestParam(required = false) Integer fiscalYear,
            @Parameter(description = "The business unit of lines whose file has none", example = "BU1")
            @RequestParam(required = false) String businessUnit,
            @Parameter(description = "Replace the journals earlier imports hold in this import's scope")
            @RequestParam(defaultValue = "false") boolean replace) throws IOException {
        checkFiscalYear(fiscalYear);
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
    @Schema(description = "An S3 object to import")
    record S3ImportRequest(
            @Schema(description = "The object, `s3://bucket/key`", example = "s3://my-bucket/exports/ledger.csv",
                    requiredMode = Schema.RequiredMode.REQUIRED) String uri,
            @Schema(description = "The fiscal year of lines whose file has none", minimum = "1900",
                    maximum = "2200", example = "2024") Integer fiscalYear,
            @Schema(description = "The business unit of lines whose file has none", example = "BU1")
            String businessUnit,
            @Schema(description = "Replace the journals earlier imports hold in this import's scope",
                    example = "false") Boolean replace) {
    }

    @PostMapping(path = "/s3", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "importS3Object", summary = "Import an S3 object",
            description = "Streams the object from S3 (credentials and region from the usual AWS chain) and queues "
                    + "its import; answers 202 at once with the job execution to follow. The same JSON body is "
                    + "also accepted by `POST /api/v1/imports` (the earlier form), which this document describes "
                    + "with its multipart upload only, one request body per operation.")
    @ApiResponse(responseCode = "202", description = "Queued; follow the job at `job`",
            headers = @Header(name = "Location", description = "The job execution", schema = @Schema(type = "string")))
    @ProblemAnswers({ ProblemType.IMPORT_REFUSED })
    ResponseEntity<ImportAccepted> fromS3(@RequestBody S3ImportRequest request) {
        checkFiscalYear(request.fiscalYear());
        if (request.uri() == null || request.uri().isBlank()) {
            throw new InvalidParameter("uri", "uri must name an S3 object, such as s3://bucket/key", List.of());
        }
        S3Imports imports = s3.getIfAvailable();
        if (imports == null) {
            throw new IllegalArgumentException("S3 imports are not available in this mode");
        }
        return accepted(imports.importObject(S3Location.parse(request.uri()), Optional.ofNullable(request.fiscalYear()),
                Optional.ofNullable(request.businessUnit()).filter(unit -> !unit.isBlank()),
                Boolean.TRUE.equals(request.replace())));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(hidden = true)
    ResponseEntity<ImportAccepted> fromS3OnImports(@RequestBody S3ImportRequest request) {
        return fromS3(request);
    }

    @GetMapping
    @Operation(operationId = "listImports", summary = "List the imports ledger",
            description = "Every import that loaded (or was replaced or rolled back since), newest first.")
    Page<ImportRecord> ledger(
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Imports per page") @RequestParam(defaultValue = "50") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
        long[] total = { 0 };
        List<ImportRecord> rows = duckDb.sql(LEDGER)
            .param("size", size)
            .param("offset", (long) page * size)
            .query((row, n) -> {
                total[0] = row.getLong("total");
                return new ImportRecord(row.getLong("import_id"), (Long) row.getObject("job_execution_id"),
                        row.getString("file_name"), row.getString("file_sha256"), (Long) row.getObject("file_size"),
                        row.getString("file_format"), row.getString("business_unit_code"), row.getString("status"),
                        (Long) row.getObject("rows_read"), (Long) row.getObject("rows_loaded"),
                        (Long) row.getObject("rows_rejected"), (Long) row.getObject("journals_loaded"),
                        (Long) row.getObject("journals_rejected"), row.getString("fiscal_years"),
                        Timestamps.of(row.getTimestamp("started_at")), Timestamps.of(row.getTimestamp("loaded_at")));
            })
            .list();
        long totalItems = rows.isEmpty() ? duckDb.sql("SELECT count(*) FROM imports").query(Long.class).single()
                : total[0];
        return Page.of(rows, page, size, totalItems);
    }

    /** A fiscal year out of range is a 400 naming {@code fiscalYear} and the range. */
    private static void checkFiscalYear(Integer fiscalYear) {
        try {
            ImportRequest.checkFiscalYear(fiscalYear);
        }
        catch (IllegalArgumentException e) {
            throw new InvalidParameter("fiscalYear", e.getMessage(), List.of());
        }
    }

    private static ResponseEntity<ImportAccepted> accepted(ImportSubmission submission) {
        long id = submission.execution().getId();
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + id)).body(new ImportAccepted(id,
                submission.execution().getJobInstance().getInstanceId(), submission.execution().getStatus().name(),
                "/api/v1/jobs/" + id));
    }

}
