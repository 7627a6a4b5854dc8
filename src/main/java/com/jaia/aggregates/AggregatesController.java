package com.jaia.aggregates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jaia.api.Page;
import com.jaia.api.ProblemAnswers;
import com.jaia.problems.InvalidParameter;
import com.jaia.problems.ProblemType;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The aggregates API: the catalogue of the 17 tables, and each table's rows filtered by fiscal year and period, paged,
 * as JSON or CSV ({@code Accept: text/csv} or {@code ?format=csv}).
 */
@RestController
@RequestMapping("/api/v1/aggregates")
@Tag(name = "aggregates")
record AggregatesController(AggregateQuery query, AggregatesSettings settings) {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @GetMapping
    @Operation(operationId = "listAggregates", summary = "List the aggregate tables",
            description = "Each table's name, what it answers, its row count, the fiscal years it holds, when it was "
                    + "last refreshed and whether the period filter applies.")
    Page<AggregateSummary> aggregates(
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Tables per page") @RequestParam(defaultValue = "50") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
        return Page.slice(query.summaries(), page, size);
    }

    /** A page of the table's rows; CSV without {@code size} gives every matching row. */
    @GetMapping("/{name}")
    @Operation(operationId = "readAggregate", summary = "Read an aggregate table",
            description = "A page of the table's rows filtered by fiscal year, business unit and period, as JSON (camelCase "
                    + "names), or as CSV with the table's column names (`Accept: text/csv` or `format=csv`; without "
                    + "`size` every matching row). JSON pages default to `jaia.aggregates.default-page-size` rows.")
    @ApiResponse(responseCode = "200", description = "The rows", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = AggregatePage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")) })
    @ProblemAnswers(ProblemType.AGGREGATE_NOT_FOUND)
    ResponseEntity<Object> rows(
            @Parameter(description = "The table, one of those `GET /api/v1/aggregates` lists",
                    example = "agg_by_period_account") @PathVariable String name,
            @Parameter(description = "The fiscal year") @RequestParam(required = false) Integer fiscalYear,
            @Parameter(description = "The business unit; `*` (the default) is the rows that total every unit",
                    example = "BU1") @RequestParam(required = false) String businessUnit,
            @Parameter(description = "The accounting period (tables with a period)") @RequestParam(required = false)
            Integer period,
            @Parameter(description = "The page, from 0") @RequestParam(required = false) @Min(0) Integer page,
            @Parameter(description = "Rows per page (at most jaia.aggregates.max-page-size)")
            @RequestParam(required = false) @Min(1) Integer size,
            @Parameter(description = "The answer's format; overrides Accept", schema = @Schema(allowableValues = {
                    "json", "csv" })) @RequestParam(required = false) String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Aggregate aggregate = query.aggregate(name).orElseThrow(() -> new AggregateNotFound(name));
        Page.check(page == null ? 0 : page, size == null ? 1 : size, settings.maxPageSize());
        if (csv(format, accept)) {
            return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + aggregate.table() + ".csv\"")
                .body(csv(aggregate, fiscalYear, businessUnit, period, page, size));
        }
        int pageSize = size == null ? settings.defaultPageSize() : size;
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .body(query.page(aggregate, fiscalYear, businessUnit, period, page == null ? 0 : page, pageSize));
    }

    @GetMapping(path = "/{name}/csv", produces = "text/csv")
    @Operation(operationId = "exportAggregate", summary = "Export an aggregate table as CSV",
            description = "The table's rows filtered by fiscal year and period as CSV with the table's column names "
                    + "(the same as `GET /api/v1/aggregates/{name}` with `Accept: text/csv`); every matching row "
                    + "unless `size` is given. Text cells that a spreadsheet would run as a formula start with `'`.")
    @ApiResponse(responseCode = "200", description = "The rows as CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", format = "binary")))
    @ProblemAnswers(ProblemType.AGGREGATE_NOT_FOUND)
    ResponseEntity<Object> export(
            @Parameter(description = "The table, one of those `GET /api/v1/aggregates` lists",
                    example = "agg_by_period_account") @PathVariable String name,
            @Parameter(description = "The fiscal year") @RequestParam(required = false) Integer fiscalYear,
            @Parameter(description = "The business unit; `*` (the default) is the rows that total every unit",
                    example = "BU1") @RequestParam(required = false) String businessUnit,
            @Parameter(description = "The accounting period (tables with a period)") @RequestParam(required = false)
            Integer period,
            @Parameter(description = "The page, from 0 (with size)") @RequestParam(required = false) @Min(0)
            Integer page,
            @Parameter(description = "Rows per page; every row when omitted") @RequestParam(required = false) @Min(1)
            Integer size) {
        return rows(name, fiscalYear, businessUnit, period, page, size, "csv", null);
    }

    /**
     * CSV when {@code format=csv}, or when the Accept header prefers {@code text/csv} to JSON (a client that lists
     * {@code application/json} first gets JSON).
     */
    private static boolean csv(String format, String accept) {
        if (format != null) {
            if (format.equalsIgnoreCase("csv")) {
                return true;
            }
            if (format.equalsIgnoreCase("json")) {
                return false;
            }
            throw InvalidParameter.notOneOf("format", format, List.of("json", "csv"));
        }
        if (accept == null) {
            return false;
        }
        List<MediaType> types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
        MimeTypeUtils.sortBySpecificity(types);
        types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        return types.stream()
            .filter(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()
                    || type.getType().equals("text") && type.getSubtype().equals("csv"))
            .findFirst()
            .map(type -> type.getSubtype().equals("csv"))
            .orElse(false);
    }

    private byte[] csv(Aggregate aggregate, Integer fiscalYear, String businessUnit, Integer period, Integer page,
            Integer size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.builder().build(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            query.stream(aggregate, fiscalYear, businessUnit, period, page, size,
                    values -> writer.writeRecord(values.stream().map(CsvCells::of).toList()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

}
